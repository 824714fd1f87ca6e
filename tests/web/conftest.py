"""Browser harness: all four services on real 127.0.0.1 ports (own databases, demo data), and
Playwright driving Debian's chromium. Screenshots go to test-artifacts/ for people to look at."""

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pytest

from scripts.run_all import DEMO_LOADERS, PROCESSES, stop_all, uvicorn_command, wait_healthy
from tests.conftest import BACKEND, NOW, RUN_ID, _create_database, _drop_database

CHROMIUM = os.environ.get("YIMEN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEMO_PASSWORD = "yimen-demo-2026"
# a loaded machine (2 cores, several suites at once) can take over 40 s to import and start four services
STARTUP_SECONDS = float(os.environ.get("YIMEN_BROWSER_STARTUP_SECONDS", "120"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_stack(
    tmp: Path,
    *,
    label: str = "live",
    services=None,
    extra_env: dict[str, str] | None = None,
    before_start: Callable[[dict[str, str]], None] | None = None,
):
    """Real uvicorn processes for `services` (names from run_all.PROCESSES; all four by default) on free
    ports, each with its own fresh database and demo data; yields {name: base URL, "logs": {name: path}}.
    `extra_env` overrides settings (e.g. another YIMEN_CLOCK_START); `before_start(env)` runs after the
    demo data, before the services start (e.g. to bulk-load cases into the same databases)."""
    chosen = [p for p in PROCESSES if services is None or p[0] in services]
    ports = {name: _free_port() for name, _, _ in PROCESSES}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    db_names = {svc: f"yimen_{label}_{RUN_ID}_{svc}" for svc in ("intake", "eligibility", "transfer")}
    env = dict(
        os.environ,
        YIMEN_MODE="demo",
        YIMEN_LOG_JSON="true",
        YIMEN_LOG_LEVEL="INFO",
        YIMEN_CLOCK_START=NOW.isoformat(),  # the live processes start on the suite's day and run on
        **{f"YIMEN_{name.upper()}_URL": url for name, url in urls.items()},
    )
    env.update(extra_env or {})
    for svc, name in db_names.items():
        env[f"YIMEN_{svc.upper()}_DATABASE_URL"] = _create_database(name, tmp)
        env[f"YIMEN_{svc.upper()}_WORKER_INTERVAL_SECONDS"] = "0.5"
    subprocess.run(
        [sys.executable, "-m", "migrations.migrate", "upgrade"], env=env, check=True, capture_output=True
    )
    for module in DEMO_LOADERS:
        subprocess.run([sys.executable, "-m", module], env=env, check=True, capture_output=True)
    procs = []
    try:
        if before_start is not None:
            before_start(env)
        for name, target, _ in chosen:
            log = tmp / f"{name}.log"
            proc = subprocess.Popen(
                uvicorn_command(target, "127.0.0.1", ports[name]),
                env=env,
                stdout=log.open("w"),
                stderr=subprocess.STDOUT,
            )
            procs.append((name, proc, log))
        for name, proc, log in procs:
            try:
                wait_healthy(urls[name], proc, timeout=STARTUP_SECONDS)
            except RuntimeError as exc:
                raise RuntimeError(f"{exc}: {log.read_text()[-2000:]}") from exc
        yield {**urls, "logs": {name: log for name, _, log in procs}}
    finally:
        stop_all([proc for _, proc, _ in procs], timeout=10)
        for name in db_names.values():
            _drop_database(name)


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    """Start web, intake, eligibility, transfer as real processes; yields {name: base URL}."""
    with running_stack(tmp_path_factory.mktemp("live")) as urls:
        yield urls


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} missing: CI must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_stack, request):
    """A fresh logged-out page (own cookies) at the web front; a screenshot is saved if the test fails."""
    context = chromium.new_context(
        base_url=live_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        page.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"), full_page=True)
    context.close()


def login(page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Log in through the real login form."""
    page.goto("/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{BACKEND}-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)

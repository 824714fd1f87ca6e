"""Browser harness: all four services on real 127.0.0.1 ports (own databases, demo data), and
Playwright driving Debian's chromium. Screenshots go to test-artifacts/ for people to look at."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import BACKEND, RUN_ID, _create_database, _drop_database

CHROMIUM = os.environ.get("YIMEN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DEMO_PASSWORD = "yimen-demo-2026"
SERVICES = {"intake": "services.intake.app:create_app", "eligibility": "services.eligibility.app:create_app",
            "transfer": "services.transfer.app:create_app", "web": "web.app:create_app"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 40) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not become healthy: {log.read_text()[-2000:]}")


@pytest.fixture(scope="session")
def live_stack(tmp_path_factory):
    """Start web, intake, eligibility, transfer as real processes; yields {name: base URL}."""
    tmp = tmp_path_factory.mktemp("live")
    ports = {name: _free_port() for name in SERVICES}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    db_names = {svc: f"yimen_live_{RUN_ID}_{svc}" for svc in ("intake", "eligibility", "transfer")}
    env = dict(os.environ, YIMEN_MODE="demo", YIMEN_LOG_JSON="true", YIMEN_LOG_LEVEL="INFO",
               **{f"YIMEN_{name.upper()}_URL": url for name, url in urls.items()})
    for svc, name in db_names.items():
        env[f"YIMEN_{svc.upper()}_DATABASE_URL"] = _create_database(name, tmp)
        env[f"YIMEN_{svc.upper()}_WORKER_INTERVAL_SECONDS"] = "0.5"
    subprocess.run([sys.executable, "-m", "migrations.migrate", "upgrade"], env=env, check=True,
                   capture_output=True)
    for svc in db_names:
        subprocess.run([sys.executable, "-m", f"services.{svc}.demo"], env=env, check=True, capture_output=True)
    procs = []
    try:
        for name, target in SERVICES.items():
            log = tmp / f"{name}.log"
            proc = subprocess.Popen([sys.executable, "-m", "uvicorn", target, "--factory", "--host", "127.0.0.1",
                                     "--port", str(ports[name]), "--log-level", "warning"],
                                    env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
            procs.append((name, proc, log))
        for name, proc, log in procs:
            _wait_healthy(urls[name], proc, log)
        yield {**urls, "logs": {name: log for name, _, log in procs}}
    finally:
        for _, proc, _ in procs:
            proc.terminate()
        for _, proc, _ in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        for name in db_names.values():
            _drop_database(name)


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
    context = chromium.new_context(base_url=live_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900})
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

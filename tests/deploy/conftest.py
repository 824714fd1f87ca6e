"""Helpers for the deploy/ checks: the files parsed, the settings' env names, commands resolved to code."""

import importlib
import importlib.util
import re
from functools import cache
from pathlib import Path

import pytest
import uvicorn
import yaml
from pydantic_settings import BaseSettings

from scripts.run_all import PROCESSES
from services.common import worker
from services.common.settings import PlatformSettings
from services.eligibility.settings import EligibilitySettings
from services.intake.settings import IntakeSettings
from services.transfer.settings import TransferSettings
from web.settings import WebSettings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
IMAGE_ROOT = "/app/"  # WORKDIR in deploy/Dockerfile: image paths under it map onto the repository
PORTS = {name: port for name, _, port in PROCESSES}
TARGETS = {name: target for name, target, _ in PROCESSES}
SERVICES = tuple(worker.SERVICES)
SETTINGS_CLASSES = (PlatformSettings, IntakeSettings, EligibilitySettings, TransferSettings, WebSettings)
PLACEHOLDER = "CHANGE_ME"


def env_names_of(cls: type[BaseSettings]) -> set[str]:
    """Env vars a settings class reads: prefix + field, nested settings under their own prefix."""
    prefix = cls.model_config.get("env_prefix", "")
    names = set()
    for field, info in cls.model_fields.items():
        nested = info.annotation
        if isinstance(nested, type) and issubclass(nested, BaseSettings):
            # a nested settings object is built by its default_factory, so it reads its own prefix
            assert info.default_factory is nested, f"{cls.__name__}.{field} must be built from its own env"
            names |= env_names_of(nested)
        else:
            names.add((prefix + field).upper())
    return names


@cache
def settings_env_names() -> frozenset[str]:
    return frozenset().union(*(env_names_of(cls) for cls in SETTINGS_CLASSES))


def assert_known_env(names, where: str) -> None:
    unknown = sorted(n for n in names if n.startswith("YIMEN_") and n.upper() not in settings_env_names())
    assert not unknown, f"{where}: {unknown} are not settings fields (known: {sorted(settings_env_names())})"


def load_yaml_docs(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


@cache
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


@cache
def k8s_docs() -> tuple[tuple[str, dict], ...]:
    return tuple((path.name, doc) for path in sorted(K8S.glob("*.yaml")) for doc in load_yaml_docs(path))


def k8s(kind: str) -> list[dict]:
    return [doc for _, doc in k8s_docs() if doc["kind"] == kind]


def pod_spec(doc: dict) -> dict:
    return doc["spec"]["template"]["spec"]


def env_example() -> dict[str, str]:
    pairs = {}
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def _settings_class(service: str) -> type[BaseSettings]:
    return {"intake": IntakeSettings, "eligibility": EligibilitySettings, "transfer": TransferSettings}[
        service
    ]


@cache
def built_app(name: str, tmp_dir: str):
    """The real app of a process (demo mode, a throw-away SQLite URL; nothing connects)."""
    module, attr = TARGETS[name].split(":")
    factory = getattr(importlib.import_module(module), attr)
    if name == "web":
        return factory(WebSettings())
    return factory(_settings_class(name)(database_url=f"sqlite:///{tmp_dir}/{name}.db"))


@pytest.fixture(scope="session")
def apps(tmp_path_factory):
    """name → FastAPI app, for every process of scripts/run_all.py."""
    tmp = str(tmp_path_factory.mktemp("deploy-apps"))
    return {name: built_app(name, tmp) for name in TARGETS}


@pytest.fixture(scope="session")
def services_with_workers(apps) -> set[str]:
    return {svc for svc in SERVICES if apps[svc].state.workers}


def route_paths(app) -> set[str]:
    """Top-level routes (health, metrics) plus every documented path of the included routers."""
    return {route.path for route in app.routes if hasattr(route, "path")} | set(
        app.openapi().get("paths", {})
    )


def resolve_command(argv: list[str]) -> dict:
    """What a container command runs, checked against the code: uvicorn app/port or a python module."""
    assert argv, "empty command"
    if argv[0] == "uvicorn":
        args = [str(ROOT / a[len(IMAGE_ROOT) :]) if a.startswith(IMAGE_ROOT) else a for a in argv[1:]]
        params = uvicorn.main.make_context("uvicorn", args).params  # the real CLI: bad flags fail here
        module, _, attr = params["app"].partition(":")
        factory = getattr(importlib.import_module(module), attr)
        assert callable(factory) and params["factory"], f"{params['app']} must be run with --factory"
        assert params["host"] == "0.0.0.0", "a container must listen on every interface"
        return {"kind": "uvicorn", "app": params["app"], "port": params["port"]}
    assert argv[:2] == ["python", "-m"], f"unknown command {argv}"
    module, rest = argv[2], argv[3:]
    assert importlib.util.find_spec(module) is not None, f"no module {module}"
    if module == "migrations.migrate":
        assert rest == ["upgrade"], f"migration job must run 'upgrade', not {rest}"
        return {"kind": "migrate"}
    if module == "services.common.worker":
        assert len(rest) == 1 and rest[0] in SERVICES, f"worker needs one of {SERVICES}, got {rest}"
        return {"kind": "worker", "service": rest[0]}
    raise AssertionError(f"unexpected module {module}")


def check_api_process(name: str, argv: list[str]) -> int:
    """A web/service process: its command runs the same app on the same port as `make run`."""
    assert name in PORTS, f"{name} is not a process of scripts/run_all.py"
    resolved = resolve_command(argv)
    assert resolved["kind"] == "uvicorn"
    assert resolved["app"] == TARGETS[name], f"{name} runs {resolved['app']}, run_all runs {TARGETS[name]}"
    assert resolved["port"] == PORTS[name], f"{name} listens on {resolved['port']}, expected {PORTS[name]}"
    return resolved["port"]


DB_URL = re.compile(
    r"^postgresql://(?P<user>[^:@/]+):(?P<password>[^@]+)@(?P<host>[^:/]+):(?P<port>\d+)/(?P<db>\w+)$"
)

"""deploy/: the Dockerfile, docker-compose, nginx and settings agree with the code (parsed, never run)."""

import json
import re
import shlex
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.common.settings import DEMO_AUTH_SECRET, PlatformSettings
from services.transfer.departments.secrets import cipher_for
from tests.deploy.conftest import (
    DB_URL,
    DEPLOY,
    PLACEHOLDER,
    PORTS,
    ROOT,
    SERVICES,
    TARGETS,
    assert_known_env,
    check_api_process,
    compose,
    env_example,
    resolve_command,
    route_paths,
)
from web.settings import DEMO_SESSION_SECRET, WebSettings

GOOD_SECRET = "0123456789abcdef" * 4
SECRET_WORDS = ("SECRET", "PASSWORD", "TOKEN", "_KEY")


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


class TestDockerfile:
    def test_every_stage_is_python_311_slim(self):
        stages = [args.split()[0] for word, args in dockerfile_instructions() if word == "FROM"]
        assert stages and all(image == "python:3.11-slim" for image in stages), stages

    def test_runs_as_a_non_root_user(self):
        users = [args for word, args in dockerfile_instructions() if word == "USER"]
        assert users, "no USER instruction: the image would run as root"
        user = users[-1].split(":")[0]
        assert user not in ("root", "0"), users[-1]

    def test_default_command_is_the_web_front(self):
        cmd = [args for word, args in dockerfile_instructions() if word == "CMD"][-1]
        check_api_process("web", json.loads(cmd))

    def test_production_mode_and_no_secret_baked_in(self):
        env = {}
        for word, args in dockerfile_instructions():
            if word in ("ENV", "ARG"):
                for pair in shlex.split(args):
                    key, _, value = pair.partition("=")
                    env[key] = value
        assert env.get("YIMEN_MODE") == "production"
        assert_known_env(env, "Dockerfile ENV")
        assert not [k for k in env if any(w in k.upper() for w in SECRET_WORDS)], env

    def test_copied_paths_exist_and_pass_the_dockerignore(self):
        ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
        kept = [line[1:] for line in ignore if line.startswith("!")]
        for word, args in dockerfile_instructions():
            if word == "COPY" and not args.startswith("--from"):
                for src in args.split()[:-1]:
                    assert (ROOT / src).exists(), f"COPY {src}: no such path"
                    assert any(src == k or fnmatch(src + "/x", k) for k in kept), (
                        f"{src} is excluded by the dockerignore"
                    )

    def test_uvicorn_log_config_is_copied_and_valid(self):
        copied = [args.split()[-1] for word, args in dockerfile_instructions() if word == "COPY"]
        assert "./deploy/uvicorn-logging.json" in copied
        check = "import json, logging.config, sys; logging.config.dictConfig(json.load(open(sys.argv[1])))"
        subprocess.run([sys.executable, "-c", check, str(DEPLOY / "uvicorn-logging.json")], check=True)

    def test_installed_package_carries_every_package_and_data_file(self):
        # the image installs the wheel: a folder without __init__.py or an unlisted data file would be missing
        data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["*"]
        for top in ("services", "web"):
            for path in (ROOT / top).rglob("*"):
                if "__pycache__" in path.parts or path.is_dir():
                    continue
                if path.suffix == ".py":
                    assert (path.parent / "__init__.py").exists(), f"{path.parent} has no __init__.py"
                else:
                    assert any(fnmatch(path.name, pattern) for pattern in data), f"{path} is not package data"


class TestCompose:
    APP_SERVICES = ("intake", "eligibility", "transfer", "web")

    def test_has_the_whole_stack(self):
        assert {"postgres", "migrate", "nginx", *self.APP_SERVICES} <= set(compose()["services"])

    def test_each_process_runs_its_app_on_its_port_with_a_healthcheck(self):
        for name in self.APP_SERVICES:
            service = compose()["services"][name]
            port = check_api_process(name, service["command"])
            assert str(port) in [str(p) for p in service.get("expose", [])]
            probe = " ".join(service["healthcheck"]["test"])
            assert f"http://127.0.0.1:{port}/healthz" in probe, probe

    def test_migration_runs_once_before_everything(self):
        services = compose()["services"]
        assert resolve_command(services["migrate"]["command"])["kind"] == "migrate"
        assert services["migrate"]["restart"] == "no"
        assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
        for name, service in services.items():
            if name not in ("postgres", "migrate", "nginx"):
                assert service["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name

    def test_api_replicas_leave_workers_to_worker_services(self, services_with_workers):
        services = compose()["services"]
        for svc in SERVICES:
            assert services[svc]["environment"][f"YIMEN_{svc.upper()}_RUN_WORKERS"] == "false", svc
        workers = {
            resolve_command(s["command"])["service"]: s
            for s in services.values()
            if s.get("command") and resolve_command(s["command"])["kind"] == "worker"
        }
        assert set(workers) == services_with_workers, "one worker service per service that has workers"
        for svc, service in workers.items():
            assert f"YIMEN_{svc.upper()}_DATABASE_URL" in service["environment"]

    def test_every_env_var_is_a_setting_and_every_reference_is_in_env_example(self):
        services = compose()["services"]
        for name, service in services.items():
            if name not in ("postgres", "nginx"):
                assert_known_env(service.get("environment", {}), f"compose service {name}")
        assert_known_env(env_example(), "deploy/.env.example")
        text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
        referenced = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
        assert referenced <= set(env_example()), f"not in .env.example: {referenced - set(env_example())}"

    def test_each_service_gets_its_own_database_created_by_the_init_script(self):
        services = compose()["services"]
        init = (DEPLOY / "postgres-init" / "10-yimen-databases.sh").read_text(encoding="utf-8")
        subprocess.run(["sh", "-n", str(DEPLOY / "postgres-init" / "10-yimen-databases.sh")], check=True)
        pg_env = services["postgres"]["environment"]
        assert "./postgres-init:/docker-entrypoint-initdb.d:ro" in services["postgres"]["volumes"]
        for svc in SERVICES:
            key = f"YIMEN_{svc.upper()}_DATABASE_URL"
            url = DB_URL.match(services[svc]["environment"][key])
            assert url, services[svc]["environment"][key]
            assert url["host"] == "postgres" and url["db"] == url["user"] == f"yimen_{svc}"
            assert services["migrate"]["environment"][key] == services[svc]["environment"][key]
            password_var = re.match(r"\$\{(\w+)", url["password"])[1]
            assert password_var in pg_env, f"postgres never sees {password_var}"
            assert re.search(rf'^create yimen_{svc} "\$\{{{password_var}:', init, re.M), (
                f"init script skips {svc}"
            )
            for other in SERVICES:
                if other != svc:  # no service holds another's database URL
                    assert f"YIMEN_{other.upper()}_DATABASE_URL" not in services[svc]["environment"]


def nginx_conf() -> str:
    return re.sub(r"#[^\n]*", "", (DEPLOY / "nginx.conf").read_text(encoding="utf-8"))


def nginx_blocks(text: str, keyword: str) -> list[tuple[str, str]]:
    """(argument, body) of every `keyword arg { … }` block, braces balanced."""
    blocks = []
    for match in re.finditer(rf"\b{keyword}\s+([^{{;]*?)\s*{{", text):
        depth, i = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        blocks.append((match.group(1), text[match.end() : i - 1]))
    return blocks


class TestNginx:
    def test_upstreams_are_the_processes_on_their_ports(self):
        upstreams = dict(nginx_blocks(nginx_conf(), "upstream"))
        assert upstreams
        for name, body in upstreams.items():
            host, port = re.search(r"server\s+([\w.-]+):(\d+)", body).groups()
            assert int(port) == PORTS[host], f"upstream {name}: {host}:{port}, run_all says {PORTS[host]}"
        assert {re.search(r"server\s+(\w+):", b)[1] for b in upstreams.values()} == set(PORTS)

    def test_api_locations_reach_existing_routes_of_the_right_service(self, apps):
        upstreams = {
            name: re.search(r"server\s+(\w+):", body)[1]
            for name, body in nginx_blocks(nginx_conf(), "upstream")
        }
        locations = nginx_blocks(nginx_conf(), "location")
        seen = set()
        for arg, body in locations:
            target = re.search(r"proxy_pass\s+http://(\w+)(/\S*)?;", body)
            if not target:
                continue
            process = upstreams[target[1]]
            path = arg.split()[-1]
            api = re.match(r"^/api/(\w+)/(.*)$", path)
            if api:
                assert api[1] == process, f"location {path} goes to {process}"
                seen.add(process)
                rest = "/" + api[2]
                if rest != "/":
                    assert target[2] == rest, f"{path} must pass on {rest}, not {target[2]}"
                    assert any(route.startswith(rest) for route in route_paths(apps[process])), (
                        f"no route {rest}"
                    )
            else:
                assert process == "web", f"{path} outside /api/ must go to web"
        assert seen == set(SERVICES)

    def test_tls_security_headers_and_size_limits(self):
        text = nginx_conf()
        assert re.search(r"listen\s+443\s+ssl", text) and "ssl_certificate " in text
        assert re.search(r"return\s+301\s+https://", text), "plain HTTP must redirect to HTTPS"
        for header in (
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Content-Security-Policy",
            "Referrer-Policy",
        ):
            assert re.search(rf"add_header\s+{header}\s+.*always;", text), header
        for _, body in nginx_blocks(text, "location"):
            # one add_header in a location would silently drop every server-level header there
            assert "add_header" not in body
        assert re.search(r"^\s*client_max_body_size\s+\d+m;", text, re.M)

    def test_request_id_and_trace_context_are_passed_on(self):
        text = nginx_conf()
        for header in ("X-Request-Id", "traceparent", "X-Forwarded-Proto", "X-Forwarded-For"):
            assert re.search(rf"proxy_set_header\s+{header}\s+\$", text), header

    def test_internal_endpoints_are_not_published(self):
        text = nginx_conf()
        regexes = [
            arg.split()[-1]
            for arg, body in nginx_blocks(text, "location")
            if arg.startswith("~") and re.search(r"return\s+40[34]", body)
        ]
        for path in ("/metrics", "/readyz", "/api/intake/metrics", "/api/transfer/readyz"):
            assert any(re.search(rx, path) for rx in regexes), f"{path} reaches a service"
        assert not any(re.search(rx, "/api/intake/v1/metrics-report") for rx in regexes)

    def test_csp_allows_every_inline_handler_of_the_templates(self):
        import base64
        import hashlib

        csp = re.search(r'default\s+"(default-src[^"]+)"', nginx_conf())[1]
        handlers = {
            m
            for p in (ROOT / "web" / "templates").rglob("*.html")
            for m in re.findall(r'\son[a-z]+="([^"]*)"', p.read_text(encoding="utf-8"))
        }
        for handler in handlers:
            digest = base64.b64encode(hashlib.sha256(handler.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp, f"CSP blocks inline handler {handler!r}"
        assert "unsafe-eval" not in csp
        for path in (ROOT / "web" / "templates").rglob("*.html"):
            text = path.read_text(encoding="utf-8")
            # htmx evaluates these with eval(), which the policy forbids
            assert not re.search(r"hx-on|hx-vars|hx-vals=['\"]js:", text), f"{path.name} needs unsafe-eval"
            assert not re.search(r"<script(?![^>]*\bsrc=)", text), f"{path.name} has an inline <script>"


class TestSecrets:
    def test_only_placeholders_are_committed(self):
        for key, value in env_example().items():
            if any(word in key for word in SECRET_WORDS):
                assert value == PLACEHOLDER, f".env.example {key} must be {PLACEHOLDER}"
        # every file git would commit under deploy/ (a local, git-ignored deploy/.env may hold real ones)
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "deploy"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        assert "deploy/docker-compose.yml" in listed
        for name in listed:
            text = (ROOT / name).read_text(encoding="utf-8")
            assert DEMO_AUTH_SECRET not in text and DEMO_SESSION_SECRET not in text, name
            assert "PRIVATE KEY-----" not in text, name
            for password in re.findall(r"postgresql://\w+:(\$\{[^}]*\}|[^@\s\"']*)@", text):
                assert password == PLACEHOLDER or password.startswith("${"), f"{name}: a database password"

    def test_compose_secret_values_come_from_the_env_file(self):
        for name, service in compose()["services"].items():
            for key, value in (service.get("environment") or {}).items():
                if any(word in key for word in SECRET_WORDS):
                    assert str(value).startswith("${"), f"{name}: {key} is written in the compose file"

    def test_env_file_and_certificates_are_git_ignored(self):
        for path in ("deploy/.env", "deploy/certs/tls.key"):
            ignored = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT)
            assert ignored.returncode == 0, f"{path} is not git-ignored"


class TestProductionRefusesDemoSecrets:
    def test_demo_auth_secret_is_refused(self):
        with pytest.raises(ValidationError, match="YIMEN_AUTH_SECRET"):
            PlatformSettings(mode="production", auth_secret=DEMO_AUTH_SECRET)

    def test_placeholder_auth_secret_is_refused(self, monkeypatch):
        # an operator who copies .env.example without filling it in cannot start anything
        for key, value in env_example().items():
            monkeypatch.setenv(key, value)
        monkeypatch.setenv("YIMEN_MODE", "production")
        with pytest.raises(ValidationError, match="YIMEN_AUTH_SECRET"):
            PlatformSettings()

    def test_demo_session_secret_is_refused(self):
        platform = PlatformSettings(mode="production", auth_secret=GOOD_SECRET)
        with pytest.raises(ValidationError, match="YIMEN_WEB_SESSION_SECRET"):
            WebSettings(platform=platform, session_secret=DEMO_SESSION_SECRET)

    def test_placeholder_transfer_key_is_refused(self):
        with pytest.raises(ValueError):
            cipher_for(PLACEHOLDER, GOOD_SECRET)

    def test_private_secrets_are_accepted(self):
        platform = PlatformSettings(mode="production", auth_secret=GOOD_SECRET)
        assert not platform.is_demo
        assert WebSettings(platform=platform, session_secret=GOOD_SECRET[::-1]).platform.mode == "production"


def test_ports_are_the_fixed_contract():
    assert PORTS == {"web": 8000, "intake": 8001, "eligibility": 8002, "transfer": 8003}
    assert set(TARGETS) == {"web", *SERVICES}
    assert Path(DEPLOY / "Dockerfile").exists()

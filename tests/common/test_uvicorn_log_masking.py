"""A 500's traceback on a real uvicorn's stderr never shows an ID or phone number in clear (every mode)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.common.failing_app import ID_NUMBER, PHONE

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stderr_after_500(extra_args: list[str], env: dict[str, str]) -> str:
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", "tests.common.failing_app:create", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), *extra_args]
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/boom", timeout=5)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert answer.status_code == 500
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    return err


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param([], {"YIMEN_LOG_JSON": "false"}, id="demo-plain-text"),
        pytest.param([], {"YIMEN_LOG_JSON": "true"}, id="json"),
        pytest.param(["--log-config", "deploy/uvicorn-logging.json"], {}, id="deploy-log-config"),
    ],
)
class TestUvicornTracebacks:
    def test_the_traceback_is_logged_masked(self, args, env):
        err = _stderr_after_500(args, env)
        assert "RuntimeError" in err  # the failure is still there to debug
        assert ID_NUMBER not in err and PHONE not in err
        assert "370211********0113" in err and "138****8000" in err

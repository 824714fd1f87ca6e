"""`make run`: migrate, load demo data, start web :8000, intake :8001, eligibility :8002, transfer :8003.

The process table and helpers here are also how the browser tests start the live stack.
"""

import os
import signal
import subprocess
import sys
import time

import httpx

from migrations.migrate import upgrade_all

PROCESSES = [
    ("intake", "services.intake.app:create_app", 8001),
    ("eligibility", "services.eligibility.app:create_app", 8002),
    ("transfer", "services.transfer.app:create_app", 8003),
    ("web", "web.app:create_app", 8000),
]
DEMO_LOADERS = ["services.intake.demo", "services.eligibility.demo", "services.transfer.demo"]


def uvicorn_command(target: str, host: str, port: int) -> list[str]:
    """One service as its own uvicorn process (the factory builds the app from the environment)."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        target,
        "--factory",
        "--host",
        host,
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Wait for GET /healthz; RuntimeError if the process exits or the time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited with {proc.returncode}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not become healthy within {timeout:.0f} s")


def stop_all(procs: list[subprocess.Popen], timeout: float = 15) -> None:
    """Terminate every process, then kill what has not stopped in time."""
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> int:
    host = os.environ.get("YIMEN_HOST", "127.0.0.1")
    upgrade_all()
    for module in DEMO_LOADERS:
        subprocess.run([sys.executable, "-m", module], check=True)
    children = [
        (name, port, subprocess.Popen(uvicorn_command(target, host, port)))
        for name, target, port in PROCESSES
    ]

    def stop(*_):
        stop_all([proc for _, _, proc in children])
        sys.exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        for _name, port, proc in children:
            wait_healthy(f"http://{host}:{port}", proc)
    except RuntimeError as exc:
        print(f"{exc}; stopping the others", file=sys.stderr)
        stop_all([proc for _, _, proc in children])
        return 1
    print("\n================ Yimen 一门受理 · 协同办理 ================")
    for name, port, _ in children:
        print(
            f"  {name:<12} http://{host}:{port}   (API 文档: /docs)"
            if name != "web"
            else f"  {name:<12} http://{host}:{port}   ← 在浏览器中打开"
        )
    print("  演示账号: window_hd / window_xa / window_qu / dept_edu / supervisor / admin")
    print("  演示密码: yimen-demo-2026      按 Ctrl-C 停止全部服务")
    print("============================================================\n", flush=True)
    while True:
        for name, _, proc in children:
            if proc.poll() is not None:
                print(f"{name} exited with {proc.returncode}; stopping the others", file=sys.stderr)
                stop()
        time.sleep(1)


if __name__ == "__main__":
    sys.exit(main())

"""`make run`: migrate, load demo data, start web :8000, intake :8001, eligibility :8002, transfer :8003."""

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


def main() -> int:
    host = os.environ.get("YIMEN_HOST", "127.0.0.1")
    upgrade_all()
    for module in DEMO_LOADERS:
        subprocess.run([sys.executable, "-m", module], check=True)
    children = []
    for name, target, port in PROCESSES:
        cmd = [sys.executable, "-m", "uvicorn", target, "--factory", "--host", host, "--port", str(port),
               "--no-access-log", "--log-level", "warning"]
        children.append((name, port, subprocess.Popen(cmd)))

    def stop(*_):
        for _, _, proc in children:
            if proc.poll() is None:
                proc.terminate()
        for _, _, proc in children:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        sys.exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    deadline = time.time() + 60
    for _name, port, _ in children:
        while time.time() < deadline:
            try:
                if httpx.get(f"http://{host}:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.3)
    print("\n================ Yimen 一门受理 · 协同办理 ================")
    for name, port, _ in children:
        print(f"  {name:<12} http://{host}:{port}   (API 文档: /docs)" if name != "web" else
              f"  {name:<12} http://{host}:{port}   ← 在浏览器中打开")
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

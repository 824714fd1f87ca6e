"""Per-request overhead: `GET /healthz` of each service against a bare FastAPI app, same uvicorn flags.

Starts every app as its own uvicorn process (`--factory --no-access-log --log-level warning`, the
flags of `make run`): the bare app (`async def /healthz`, the ceiling the ratio is taken to), the same
with a `def` route, and intake, eligibility and transfer. One load client drives N sequential
keep-alive requests per app in interleaved rounds, and the server's CPU time is read from
/proc/<pid>/stat (utime + stime, refined by schedstat) around each round; the least disturbed round
counts. Prints requests/s, server CPU µs per request, the ratio to the bare app and p50/p95/p99
latency; writes bench-results/overhead.json (with the median round too).

    .venv/bin/python -m bench.overhead      # N=10000 per app in 5 rounds (BENCH_OVERHEAD_N, _ROUNDS)
    BENCH_OVERHEAD_BASELINE=/tmp/before .venv/bin/python -m bench.overhead
        # also runs the three services of another checkout (e.g. `git archive b32ad0b | tar -x -C
        # /tmp/before`) in the same run, so before/after ratios come from one machine state
"""

import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fastapi import FastAPI

from bench._proc import TICK, cpu_seconds, free_port

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "overhead.json"
N = int(os.environ.get("BENCH_OVERHEAD_N", "10000"))
ROUNDS = int(os.environ.get("BENCH_OVERHEAD_ROUNDS", "5"))
WARMUP = 300
SERVICES = [
    ("intake", "services.intake.app:create_app"),
    ("eligibility", "services.eligibility.app:create_app"),
    ("transfer", "services.transfer.app:create_app"),
]
FLAGS = ["--factory", "--no-access-log", "--log-level", "warning"]


def bare_app() -> FastAPI:
    """The ceiling: a FastAPI app with nothing but /healthz, `async def` (no thread-pool hop)."""
    app = FastAPI()

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    return app


def bare_sync_app() -> FastAPI:
    """The same with a plain `def` route (FastAPI runs it in the thread pool), for reference."""
    app = FastAPI()

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    return app


def _run_ns(pid: int) -> int:
    """Nanoseconds on CPU of the process's live threads (/proc/<pid>/task/*/schedstat)."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:  # the thread ended while we read
            pass
    return total


class CpuMeter:
    """CPU time of one process over an interval: the /proc/<pid>/stat ticks (10 ms each, a quarter
    of a 2,000-request round), refined to nanoseconds by schedstat when the two agree within two
    ticks (they differ only when a thread ended during the interval: then the ticks count)."""

    def __init__(self, pid: int):
        self.pid = pid
        self.ticks, self.ns = cpu_seconds(pid), _run_ns(pid)

    def elapsed(self) -> float:
        ticks = cpu_seconds(self.pid) - self.ticks
        precise = (_run_ns(self.pid) - self.ns) / 1e9
        return precise if abs(precise - ticks) <= 2 / TICK + 0.05 * ticks else ticks


def _start(target: str, port: int, cwd: Path, env: dict) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "uvicorn", target, "--host", "127.0.0.1", "--port", str(port), *FLAGS]
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )  # the access log still costs its formatting and write: stderr goes to /dev/null, as to a pipe
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{target} exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{target} did not answer /healthz")


def _drive(port: int, n: int) -> list[float]:
    """n sequential GET /healthz on one keep-alive connection; latencies in seconds."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    latencies = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("GET", "/healthz")
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - t)
        if response.status != 200:
            raise RuntimeError(f"/healthz answered {response.status}")
    conn.close()
    return latencies


def _pct(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(p * len(sorted_values)))]


def _summary(name: str, cpu_per_round: list[float], walls: list[float], latencies: list[float]) -> dict:
    latencies.sort()
    n = len(latencies)
    return {
        "app": name,
        "requests": n,
        "requests_per_s": round(n / sum(walls), 1),
        # the least disturbed round: the machine is shared, and a busy neighbour only ever adds
        "cpu_us_per_request": round(min(cpu_per_round) * 1e6, 1),
        "cpu_us_per_request_median": round(statistics.median(cpu_per_round) * 1e6, 1),
        "p50_ms": round(_pct(latencies, 0.50) * 1000, 3),
        "p95_ms": round(_pct(latencies, 0.95) * 1000, 3),
        "p99_ms": round(_pct(latencies, 0.99) * 1000, 3),
    }


def measure(apps: list[tuple[str, str, Path, dict]], n: int = N, rounds: int = ROUNDS) -> list[dict]:
    """Start every app, then drive them in interleaved rounds (n/rounds requests each per round), so
    a neighbour's burst on this shared machine hits every app alike; stop them all."""
    procs = []
    try:
        for name, target, cwd, env in apps:
            port = free_port()
            procs.append((name, port, _start(target, port, cwd, env)))
        for _, port, _ in procs:
            _drive(port, WARMUP)
        per_round = max(1, n // rounds)
        cpu = {name: [] for name, _, _ in procs}
        walls = {name: [] for name, _, _ in procs}
        lat = {name: [] for name, _, _ in procs}
        for r in range(rounds):
            for name, port, proc in procs[r % len(procs) :] + procs[: r % len(procs)]:
                meter, t0 = CpuMeter(proc.pid), time.perf_counter()
                lat[name] += _drive(port, per_round)
                walls[name].append(time.perf_counter() - t0)
                cpu[name].append(meter.elapsed() / per_round)
    finally:
        for _, _, proc in procs:
            proc.terminate()
        for _, _, proc in procs:
            proc.wait(timeout=15)
    return [_summary(name, cpu[name], walls[name], lat[name]) for name, _, _ in procs]


def _env(data: Path) -> dict:
    env = dict(os.environ)
    for svc in ("intake", "eligibility", "transfer"):
        env[f"YIMEN_{svc.upper()}_DATABASE_URL"] = f"sqlite:///{data}/{svc}.db"
        env[f"YIMEN_{svc.upper()}_RUN_WORKERS"] = "false"  # /healthz only: no outbox or sweep threads
    env.pop("YIMEN_CLOCK_START", None)
    return env


def main() -> None:
    baseline = os.environ.get("BENCH_OVERHEAD_BASELINE")
    with tempfile.TemporaryDirectory() as data:
        env = _env(Path(data))
        apps = [
            ("bare FastAPI", "bench.overhead:bare_app", ROOT, env),
            ("bare FastAPI (def route)", "bench.overhead:bare_sync_app", ROOT, env),
        ]
        apps += [(name, target, ROOT, env) for name, target in SERVICES]
        if baseline:
            base_env = {**env, "PYTHONPATH": baseline}
            apps += [(f"{name} (baseline)", target, Path(baseline), base_env) for name, target in SERVICES]
        rows = measure(apps)
    bare = rows[0]["cpu_us_per_request"]
    for row in rows:
        row["cpu_ratio_to_bare"] = round(row["cpu_us_per_request"] / bare, 2)
    print(
        f"{N} sequential keep-alive requests per app in {ROUNDS} interleaved rounds, "
        f"uvicorn {' '.join(FLAGS)}; CPU = least disturbed round (median in the JSON)"
    )
    print(
        f"{'GET /healthz':<26}{'req/s':>9}{'CPU µs/req':>12}{'× bare':>8}"
        f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    )
    for r in rows:
        print(
            f"{r['app']:<26}{r['requests_per_s']:>9.0f}{r['cpu_us_per_request']:>12.0f}"
            f"{r['cpu_ratio_to_bare']:>8.2f}{r['p50_ms']:>9.3f}{r['p95_ms']:>9.3f}{r['p99_ms']:>9.3f}"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "requests": N,
                "rounds": ROUNDS,
                "uvicorn_flags": FLAGS,
                "bare_cpu_us_per_request": bare,
                "rows": rows,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    print(f"written {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

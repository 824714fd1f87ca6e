"""Intake benchmark: full intakes (register with materials → accept → slips issued) through the real services.

Starts intake, eligibility and transfer as their own uvicorn processes (as `make run` does) on fresh
SQLite files, and again on PostgreSQL when it answers at PG_ADMIN_URL (three throwaway databases,
created and dropped here). K concurrent windows (1 and 32) each run registrations with every material
and the acceptance; the handoff worker then routes each case and transfer issues its slips, and
transfer's slip events come back to intake. The run is bounded: it ends when every accepted case is
handed over and both outboxes are empty. Measured:

- server CPU of ALL service processes (utime+stime from /proc) around the run → CPU ms per full intake;
- journey latency (register + accept, as a window sees it) p50/p95/p99;
- acceptance rate vs handoff drain rate (cases/s) and the lag of the last handoff;
- 5xx answers and "database is locked" in the servers' logs.

Environment: BENCH_INTAKE_N1 / BENCH_INTAKE_N32 (intakes per run), BENCH_INTAKE_DBS (sqlite,postgresql),
BENCH_INTAKE_PROFILE=1 (py-spy the intake process while 32 windows run, if py-spy is installed).
Writes bench-results/intake.json.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from bench._proc import cpu_seconds, free_port, peak_rss_mib
from services.common.auth import Principal, issue_token
from services.common.clock import system_now
from services.common.identity import compose_id_number
from services.common.settings import DEMO_AUTH_SECRET

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "intake.json"
PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SERVICES = {
    "intake": "services.intake.app:create_app",
    "eligibility": "services.eligibility.app:create_app",
    "transfer": "services.transfer.app:create_app",
}
ITEM = "temporary_assistance"
WINDOW = Principal(subject="window_hd", role="window_staff", region="370211001", name="王晓燕")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


class Stack:
    """The three services on one database engine, with their environment, logs and processes."""

    def __init__(self, engine: str, workdir: Path):
        self.engine, self.workdir = engine, workdir
        self.ports = {name: free_port() for name in SERVICES}
        self.urls = {name: f"http://127.0.0.1:{port}" for name, port in self.ports.items()}
        self.db_urls: dict[str, str] = {}
        self.procs: dict[str, subprocess.Popen] = {}
        self._pg_names: list[str] = []

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("YIMEN_")}
        env |= {"YIMEN_MODE": "demo", "YIMEN_LOG_LEVEL": "WARNING"}
        for name in SERVICES:
            env[f"YIMEN_{name.upper()}_URL"] = self.urls[name]
            env[f"YIMEN_{name.upper()}_DATABASE_URL"] = self.db_urls[name]
        env["YIMEN_WEB_URL"] = "http://127.0.0.1:9"
        return env

    def create_databases(self) -> None:
        if self.engine == "sqlite":
            self.db_urls = {n: f"sqlite:///{self.workdir / (n + '.db')}" for n in SERVICES}
            return
        admin = create_engine(PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1))
        base = PG_ADMIN_URL.rsplit("/", 1)[0]
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for name in SERVICES:
                db = f"yimen_bench_{name}_{os.getpid()}"
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db}"'))
                conn.execute(text(f'CREATE DATABASE "{db}"'))
                self._pg_names.append(db)
                self.db_urls[name] = f"{base}/{db}"
        admin.dispose()

    def drop_databases(self) -> None:
        if not self._pg_names:
            return
        admin = create_engine(PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for db in self._pg_names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
        admin.dispose()

    def start(self) -> None:
        from scripts.run_all import uvicorn_command, wait_healthy

        env = self.env()
        py = sys.executable
        subprocess.run([py, "-m", "migrations.migrate", "upgrade"], env=env, check=True, capture_output=True)
        for module in ("services.intake.demo", "services.eligibility.demo", "services.transfer.demo"):
            subprocess.run([py, "-m", module], env=env, check=True, capture_output=True)
        for name, target in SERVICES.items():
            log = open(self.workdir / f"{name}.log", "wb")  # noqa: SIM115 (closed with the process)
            self.procs[name] = subprocess.Popen(
                uvicorn_command(target, "127.0.0.1", self.ports[name]), env=env, stdout=log, stderr=log
            )
        for name, proc in self.procs.items():
            wait_healthy(self.urls[name], proc, timeout=300)  # a busy shared VM starts slowly

    def stop(self) -> None:
        from scripts.run_all import stop_all

        stop_all(list(self.procs.values()))

    def cpu(self) -> dict[str, float]:
        return {name: cpu_seconds(proc.pid) for name, proc in self.procs.items()}

    def peak_rss(self) -> dict[str, float]:
        return {name: peak_rss_mib(proc.pid) for name, proc in self.procs.items()}

    def logs_mention(self, needle: str) -> int:
        return sum((self.workdir / f"{n}.log").read_text(errors="replace").count(needle) for n in SERVICES)

    def handoff_state(self) -> tuple[int, int, int]:
        """(cases handed over, intake outbox pending, transfer outbox pending), read straight from the databases."""
        counts = []
        for name, sql in (
            ("intake", "SELECT count(*) FROM application WHERE handed_over_at IS NOT NULL"),
            ("intake", "SELECT count(*) FROM intake_outbox WHERE status = 'pending'"),
            ("transfer", "SELECT count(*) FROM transfer_outbox WHERE status = 'pending'"),
        ):
            counts.append(self._scalar(name, sql))
        return counts[0], counts[1], counts[2]

    def _scalar(self, name: str, sql: str) -> int:
        if not hasattr(self, "_engines"):
            self._engines = {}
        if name not in self._engines:
            url = self.db_urls[name].replace("postgresql://", "postgresql+psycopg://", 1)
            self._engines[name] = create_engine(url)
        with self._engines[name].connect() as conn:
            return conn.execute(text(sql)).scalar_one()


class Windows:
    """K windows, each registering and accepting cases back to back."""

    def __init__(self, stack: Stack, materials: list[str]):
        self.stack, self.materials = stack, materials
        self.token = issue_token(DEMO_AUTH_SECRET, WINDOW)
        self.serial = 0
        self.lock = threading.Lock()

    def _next_id(self) -> str:
        with self.lock:
            self.serial += 1
            n = self.serial
        birth = date(1940, 1, 1) + timedelta(days=n // 900)
        return compose_id_number("370211", birth.strftime("%Y%m%d"), n % 900 + 1)

    def intake_once(self, client: httpx.Client) -> tuple[float, list[int]]:
        """One registration with every material, then the acceptance: (seconds, status codes)."""
        started = time.perf_counter()
        body = {
            "applicant": {
                "name": "张三",
                "id_number": self._next_id(),
                "phone": "13800000000",
                "hukou_region": "370211001",
            },
            "difficulty": "家中失火，生活困难",
            "item_codes": [ITEM],
            "provided_materials": self.materials,
        }
        r = client.post("/v1/applications", json=body)
        codes = [r.status_code]
        if r.status_code == 201:
            a = client.post(f"/v1/applications/{r.json()['id']}/accept")
            codes.append(a.status_code)
        return time.perf_counter() - started, codes

    def run(self, windows: int, total: int) -> dict:
        latencies: list[float] = []
        codes: list[int] = []
        accepted_at: list[float] = []
        per_window = [total // windows + (1 if i < total % windows else 0) for i in range(windows)]

        def window(count: int) -> None:
            headers = {"Authorization": f"Bearer {self.token}"}
            with httpx.Client(base_url=self.stack.urls["intake"], headers=headers, timeout=120) as client:
                for _ in range(count):
                    seconds, got = self.intake_once(client)
                    with self.lock:
                        latencies.append(seconds)
                        codes.extend(got)
                        if got == [201, 200]:
                            accepted_at.append(time.perf_counter())

        threads = [threading.Thread(target=window, args=(n,)) for n in per_window]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return {"started": started, "latencies": latencies, "codes": codes, "accepted_at": accepted_at}


def _wait_drained(
    stack: Stack, expected: int, started: float, timeout: float = 600
) -> tuple[float, float, int]:
    """Poll until every case is handed over and both outboxes are empty.

    Returns (seconds until the last case was handed over, seconds until both outboxes were empty, handed over)."""
    deadline = time.perf_counter() + timeout
    handed, handed_s = 0, None
    while time.perf_counter() < deadline:
        handed, intake_pending, transfer_pending = stack.handoff_state()
        if handed >= expected and handed_s is None:
            handed_s = time.perf_counter() - started
        if handed >= expected and intake_pending == 0 and transfer_pending == 0:
            break
        time.sleep(0.05)
    drained_s = time.perf_counter() - started
    return handed_s or drained_s, drained_s, handed


def _materials(stack: Stack, token: str) -> list[str]:
    r = httpx.post(
        stack.urls["eligibility"] + "/v1/materials/checklist",
        json={"item_codes": [ITEM], "provided": []},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    r.raise_for_status()
    return [m["code"] for m in r.json()["missing"]]


def _profile(stack: Stack, seconds: int) -> list[subprocess.Popen]:
    """py-spy (active threads) of every service process, when asked for and installed."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if os.environ.get("BENCH_INTAKE_PROFILE") != "1" or not Path(spy).exists():
        return []
    spies = []
    for name, proc in stack.procs.items():
        out = ROOT / "bench-results" / f"intake-{stack.engine}-{name}-profile.txt"
        command = [spy, "record", "-p", str(proc.pid), "-d", str(seconds), "-f", "raw", "-o", str(out)]
        spies.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return spies


def bench_engine(engine: str, plan: list[tuple[int, int]]) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix=f"yimen-bench-intake-{engine}-") as tmp:
        stack = Stack(engine, Path(tmp))
        stack.create_databases()
        try:
            stack.start()
            windows = Windows(stack, [])
            windows.materials = _materials(stack, windows.token)
            before = stack.handoff_state()[0]
            warm = windows.run(4, 8)  # imports, caches, connection pools: not measured
            _wait_drained(stack, before + len(warm["accepted_at"]), warm["started"])
            for k, total in plan:
                before_handed = stack.handoff_state()[0]
                locked_before = stack.logs_mention("database is locked")
                profile_k = int(os.environ.get("BENCH_INTAKE_PROFILE_K", "32"))
                spies = (
                    _profile(stack, int(os.environ.get("BENCH_INTAKE_PROFILE_S", "15")))
                    if k == profile_k
                    else []
                )
                cpu0 = stack.cpu()
                run = windows.run(k, total)
                accepted = len(run["accepted_at"])
                handed_s, drained_s, handed = _wait_drained(stack, before_handed + accepted, run["started"])
                cpu1 = stack.cpu()
                for spy in spies:
                    spy.wait()
                accept_s = max(run["accepted_at"]) - run["started"] if accepted else 0.0
                cpu = {n: cpu1[n] - cpu0[n] for n in cpu0}
                lat = [s * 1000 for s in run["latencies"]]
                row = {
                    "engine": engine,
                    "windows": k,
                    "intakes": total,
                    "accepted": accepted,
                    "cpu_ms_per_intake": round(sum(cpu.values()) * 1000 / max(accepted, 1), 1),
                    "cpu_ms_per_intake_by_service": {
                        n: round(v * 1000 / max(accepted, 1), 1) for n, v in cpu.items()
                    },
                    "journey_ms": {
                        "p50": round(_pct(lat, 50), 1),
                        "p95": round(_pct(lat, 95), 1),
                        "p99": round(_pct(lat, 99), 1),
                        "mean": round(statistics.fmean(lat), 1),
                    },
                    "acceptance_per_s": round(accepted / accept_s, 2) if accept_s else None,
                    # cases handed over (slips issued at transfer) per second, from the first request to the last handoff
                    "handoff_per_s": round((handed - before_handed) / handed_s, 2) if handed_s else None,
                    "handoff_lag_s": round(handed_s - accept_s, 2),
                    "events_drained_lag_s": round(drained_s - accept_s, 2),
                    "handed_over": handed - before_handed,
                    "status_5xx": sum(1 for c in run["codes"] if c >= 500),
                    "status_other_errors": sum(1 for c in run["codes"] if 400 <= c < 500),
                    "database_is_locked": stack.logs_mention("database is locked") - locked_before,
                    "peak_rss_mib_by_service": stack.peak_rss(),  # since each process started
                }
                rows.append(row)
                print(_line(row), flush=True)
        finally:
            stack.stop()
            stack.drop_databases()
    return rows


def _pg_reachable() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_ADMIN_URL, connect_timeout=3).close()
        return True
    except Exception:  # noqa: BLE001 (any failure means: skip PostgreSQL)
        return False


HEADER = (
    f"{'db':<10} {'K':>3} {'n':>5} {'CPU ms/intake':>14} {'intake/elig/transfer':>22} "
    f"{'p50':>7} {'p95':>7} {'p99':>7} {'accept/s':>9} {'handoff/s':>9} {'lag s':>6} {'5xx':>4} {'locked':>6} {'peak RSS MB i/e/t':>18}"
)


def _line(r: dict) -> str:
    by = r["cpu_ms_per_intake_by_service"]
    split = f"{by['intake']:.0f}/{by['eligibility']:.0f}/{by['transfer']:.0f}"
    j = r["journey_ms"]
    rss = "/".join(f"{r['peak_rss_mib_by_service'][n]:.0f}" for n in ("intake", "eligibility", "transfer"))
    return (
        f"{r['engine']:<10} {r['windows']:>3} {r['accepted']:>5} {r['cpu_ms_per_intake']:>14.1f} {split:>22} "
        f"{j['p50']:>7.1f} {j['p95']:>7.1f} {j['p99']:>7.1f} {r['acceptance_per_s'] or 0:>9.1f} "
        f"{r['handoff_per_s'] or 0:>9.1f} {r['handoff_lag_s']:>6.1f} {r['status_5xx']:>4} {r['database_is_locked']:>6} {rss:>18}"
    )


def main() -> None:
    plan = [
        (1, int(os.environ.get("BENCH_INTAKE_N1", "40"))),
        (32, int(os.environ.get("BENCH_INTAKE_N32", "320"))),
    ]
    engines = os.environ.get("BENCH_INTAKE_DBS", "sqlite,postgresql").split(",")
    print("Full intake (register with materials → accept → slips issued), all three services' CPU")
    print(HEADER, flush=True)
    rows: list[dict] = []
    for engine in engines:
        if engine == "postgresql" and not _pg_reachable():
            print(f"PostgreSQL not reachable at {PG_ADMIN_URL}: skipped")
            continue
        rows += bench_engine(engine, plan)
    targets = {"cpu_ms_per_intake": 15, "p95_ms_at_32_windows_postgresql": 100}
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "date": system_now().isoformat(timespec="seconds"),
                "cpus": os.cpu_count(),
                "targets": targets,
                "runs": rows,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

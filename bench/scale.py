"""Scale benchmark: ledger, overdue list, statistics and one sweep on a seeded database of N cases.

PostgreSQL: three databases of its own (yimen_scale_intake/_eligibility/_transfer at PG_ADMIN_URL),
seeded with `scripts.seed_scale` to N cases (BENCH_SCALE_N, default 1,000,000; reused when they already
hold N cases, after migrating them to head). SQLite: files under data/scale-sqlite/ with
BENCH_SCALE_SQLITE_N cases (default 100,000). Each request goes through the real app in-process
(routes, auth, read audit, database), 3 warm-ups then BENCH_SCALE_REPEAT (30) timed calls: p50/p95.
The sweep runs in a transaction that is rolled back, so every run sweeps the same data.
On PostgreSQL the slowest statements of each request are run again under EXPLAIN (ANALYZE, BUFFERS)
(bench-results/scale-explain.md). Results: bench-results/scale.json.

    .venv/bin/python -m bench.scale                       # 1M on PostgreSQL, 100k on SQLite
    BENCH_SCALE_N=100000 BENCH_SCALE_DBS=postgresql .venv/bin/python -m bench.scale
    BENCH_SCALE_ONLY=overdue,sweep .venv/bin/python -m bench.scale   # only the rows whose label holds one
"""

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import event, func, select, text
from sqlmodel import Session

from services.common.auth import Principal, issue_token
from services.common.clock import Clock
from services.common.db import Database
from services.common.settings import DEMO_AUTH_SECRET

os.environ.setdefault("YIMEN_LOG_LEVEL", "WARNING")  # one log line per request would drown the table
ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results"
PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
N = int(os.environ.get("BENCH_SCALE_N", "1000000"))
SQLITE_N = int(os.environ.get("BENCH_SCALE_SQLITE_N", "100000"))
REPEAT = int(os.environ.get("BENCH_SCALE_REPEAT", "30"))
DBS = os.environ.get("BENCH_SCALE_DBS", "postgresql,sqlite").split(",")
ONLY = os.environ.get("BENCH_SCALE_ONLY", "")  # e.g. "ledger,sweep": only the rows whose label holds one
SERVICES = ("intake", "eligibility", "transfer")
TARGETS_MS = {"ledger": 50, "overdue": 50, "statistics": 200, "sweep": 1000, "info": None}
TARGET_RSS_MIB = 200
SQLITE_FACTOR = 3  # SQLite at 100k may take 3× the PostgreSQL targets

WINDOW = Principal(subject="window_hd", role="window_staff", region="370211001", name="王晓燕")
SUPERVISOR = Principal(subject="supervisor", role="supervisor", region="370211", name="周正")


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mib(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def urls(db: str) -> dict[str, str]:
    if db == "postgresql":
        base = PG_ADMIN_URL.rsplit("/", 1)[0]
        return {s: f"{base}/yimen_scale_{s}" for s in SERVICES}
    folder = ROOT / "data" / "scale-sqlite"
    folder.mkdir(parents=True, exist_ok=True)
    return {s: f"sqlite:///{folder / s}.db" for s in SERVICES}


def env_for(db_urls: dict[str, str]) -> dict[str, str]:
    return os.environ | {f"YIMEN_{s.upper()}_DATABASE_URL": u for s, u in db_urls.items()}


def prepare(db: str, n: int) -> dict:
    """The databases at head holding at least n cases: seeded now unless a previous run left them."""
    db_urls = urls(db)
    if db == "postgresql":
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            for s in SERVICES:
                name = f"yimen_scale_{s}"
                if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                    conn.execute(f'CREATE DATABASE "{name}"')
    env = env_for(db_urls)
    subprocess.run(
        [sys.executable, "-m", "migrations.migrate", "upgrade"], env=env, check=True, capture_output=True
    )
    have = _count(db_urls["intake"], "application")
    seeded = None
    if have < n:
        began = time.monotonic()
        subprocess.run([sys.executable, "-m", "scripts.seed_scale", str(n - have)], env=env, check=True)
        seeded = {"cases": n - have, "seconds": round(time.monotonic() - began, 1)}
    return {
        "urls": db_urls,
        "cases": _count(db_urls["intake"], "application"),
        "slips": _count(db_urls["transfer"], "slip"),
        "seeded": seeded,
        "seed_peak_rss_mib": round(_peak_rss_mib(resource.RUSAGE_CHILDREN), 1),
    }


def _count(url: str, table: str) -> int:
    database = Database(url)
    try:
        with database.engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()  # noqa: S608 fixed names
    except Exception:  # no table yet
        return 0
    finally:
        database.engine.dispose()


class Recorder:
    """Every statement an engine runs while on, with its duration (for EXPLAIN of the slowest)."""

    def __init__(self, engine):
        self.on, self.rows = False, []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        conn.info["bench_t"] = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        if self.on and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.rows.append((time.perf_counter() - conn.info["bench_t"], statement, parameters))

    def slowest(self, k: int = 2):
        return sorted(self.rows, key=lambda r: -r[0])[:k]


def explain(engine, statement: str, parameters) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of one recorded statement, run with its own parameters."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
        return "\n".join(r[0] for r in cur.fetchall())
    finally:
        raw.rollback()
        raw.close()


def samples(url: str) -> dict[str, str]:
    """Real values to look up: a case number, a three-character name and an ID number from the data."""
    database = Database(url)
    from services.intake.applications.models import Application

    with database.engine.connect() as conn:
        top = conn.execute(select(func.max(Application.id))).scalar_one()
        row = conn.execute(
            select(Application.case_number, Application.applicant_id_number)
            .where(Application.id <= top * 2 // 3)
            .order_by(Application.id.desc())
            .limit(1)
        ).one()
        name = conn.execute(
            select(Application.applicant_name)
            .where(Application.id <= top // 3, func.length(Application.applicant_name) == 3)
            .order_by(Application.id.desc())
            .limit(1)
        ).scalar_one()
    database.engine.dispose()
    return {"case_number": row.case_number, "id_number": row.applicant_id_number, "name": name}


def run(db: str, info: dict) -> dict:
    from starlette.testclient import TestClient

    from services.intake.app import create_app as intake_app
    from services.intake.settings import IntakeSettings
    from services.transfer.app import create_app as transfer_app
    from services.transfer.deadlines import service as deadlines
    from services.transfer.settings import TransferSettings

    db_urls = info["urls"]
    found = samples(db_urls["intake"])
    intake_db, transfer_db = Database(db_urls["intake"]), Database(db_urls["transfer"])
    intake = intake_app(
        settings=IntakeSettings(database_url=db_urls["intake"], run_workers=False), db=intake_db
    )
    transfer = transfer_app(
        settings=TransferSettings(database_url=db_urls["transfer"], run_workers=False), db=transfer_db
    )
    recorders = {"intake": Recorder(intake_db.engine), "transfer": Recorder(transfer_db.engine)}
    window = {"Authorization": f"Bearer {issue_token(DEMO_AUTH_SECRET, WINDOW)}"}
    supervisor = {"Authorization": f"Bearer {issue_token(DEMO_AUTH_SECRET, SUPERVISOR)}"}
    year = Clock().today().year  # the seed fills 2025 … today
    cases = [
        ("ledger", "ledger: filtered (street, 办理中)", "intake", "/v1/applications", {"status": "in_progress"}, window),
        ("ledger", "ledger: filtered (street, item)", "intake", "/v1/applications", {"item_code": "medical_assistance"}, window),
        ("ledger", "ledger: deep page (street, page 1000)", "intake", "/v1/applications", {"page": 1000}, window),
        ("ledger", "ledger: search case number", "intake", "/v1/applications", {"q": found["case_number"]}, supervisor),
        ("ledger", "ledger: search name", "intake", "/v1/applications", {"q": found["name"]}, supervisor),
        ("ledger", "ledger: search ID number", "intake", "/v1/applications", {"q": found["id_number"]}, supervisor),
        ("overdue", "overdue: ledger (street, overdue=true)", "intake", "/v1/applications", {"overdue": "true"}, window),
        ("overdue", "overdue: slips (district, overdue=true)", "transfer", "/v1/slips", {"overdue": "true"}, supervisor),
        ("statistics", "statistics: intake by town/item/month", "intake", "/v1/statistics", {"year": year}, supervisor),
        ("statistics", "statistics: department timeliness (month)", "transfer", "/v1/statistics/departments", {}, supervisor),
    ]  # fmt: skip
    rows, explains = [], []
    with TestClient(intake) as ic, TestClient(transfer) as tc:
        clients = {"intake": ic, "transfer": tc}
        for kind, label, service, path, params, headers in cases:
            if not _wanted(label):
                continue
            client = clients[service]
            for _ in range(3):
                answer = client.get(path, params=params, headers=headers)
                assert answer.status_code == 200, (label, answer.status_code, answer.text[:300])
            times = []
            for _ in range(REPEAT):
                t = time.perf_counter()
                client.get(path, params=params, headers=headers)
                times.append((time.perf_counter() - t) * 1000)
            rows.append(_row(kind, label, times, db))
            if db == "postgresql":
                explains.append((label, _explain_request(recorders[service], client, path, params, headers)))
        if not _wanted("sweep"):
            return _finish(rows, explains, found, intake_db, transfer_db)
        # the first sweep after loading catches up (the seed wrote the 催办/督办 of overdue slips only):
        # committed, so what is timed next is the sweep as the worker runs it every minute
        t = time.perf_counter()
        with transfer_db.session() as session:
            caught_up = deadlines.sweep(session=session, ctx=transfer.state.ctx)
        rows.append(
            _row(
                "info",
                f"sweep: first after loading (wrote {caught_up})",
                [(time.perf_counter() - t) * 1000],
                db,
            )
        )
        # one sweep as the worker runs it, rolled back so every run sweeps the same slips
        times, counts = [], None
        for _ in range(max(3, REPEAT // 10)):
            with Session(transfer_db.engine) as session:
                recorders["transfer"].on, recorders["transfer"].rows = True, []
                t = time.perf_counter()
                counts = deadlines.sweep(session=session, ctx=transfer.state.ctx)
                times.append((time.perf_counter() - t) * 1000)
                recorders["transfer"].on = False
                session.rollback()
        rows.append(_row("sweep", f"sweep: one (set-based; wrote {counts})", times, db))
        if db == "postgresql":
            explains.append(("sweep", _explained(recorders["transfer"], transfer_db.engine)))
    return _finish(rows, explains, found, intake_db, transfer_db)


def _wanted(label: str) -> bool:
    return not ONLY or any(part in label for part in ONLY.split(","))


def _finish(rows, explains, found, intake_db, transfer_db) -> dict:
    peak = _peak_rss_mib()
    rows.append(
        {
            "kind": "rss",
            "label": "process RSS (intake + transfer in-process), peak",
            "value": round(peak, 1),
            "target": TARGET_RSS_MIB,
            "met": peak <= TARGET_RSS_MIB,
        }
    )
    intake_db.engine.dispose()
    transfer_db.engine.dispose()
    return {"rows": rows, "explains": explains, "samples": found}


def _row(kind: str, label: str, times: list[float], db: str) -> dict:
    times = sorted(times)
    p50, p95 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]
    target = TARGETS_MS[kind] and TARGETS_MS[kind] * (SQLITE_FACTOR if db == "sqlite" else 1)
    return {"kind": kind, "label": label, "p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "target": target,
            "met": None if target is None else p95 <= target}  # fmt: skip


def _explain_request(recorder: Recorder, client, path, params, headers) -> list[tuple[float, str, str]]:
    recorder.on, recorder.rows = True, []
    client.get(path, params=params, headers=headers)
    recorder.on = False
    return _explained(recorder, client.app.state.db.engine)


def _explained(recorder: Recorder, engine) -> list[tuple[float, str, str]]:
    return [(round(d * 1000, 2), s, explain(engine, s, p)) for d, s, p in recorder.slowest()]


def report(db: str, info: dict, result: dict) -> None:
    print(f"\n{db}: {info['cases']:,} cases, {info['slips']:,} slips" + (
        f" (seeded {info['seeded']['cases']:,} in {info['seeded']['seconds']} s)" if info["seeded"] else ""))  # fmt: skip
    print(f"{'query':<52} {'p50 ms':>8} {'p95 ms':>8} {'target':>8}  met")
    for r in result["rows"]:
        if r["kind"] == "rss":
            print(
                f"{r['label']:<52} {'':>8} {r['value']:>6.0f}MB {r['target']:>6}MB  {'yes' if r['met'] else 'NO'}"
            )
        else:
            met = "" if r["met"] is None else "yes" if r["met"] else "NO"
            print(f"{r['label']:<52} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} {r['target'] or '':>8}  {met}")


def write_explains(path: Path, db: str, info: dict, explains) -> None:
    lines = [f"# EXPLAIN (ANALYZE, BUFFERS) — {db}, {info['cases']:,} cases / {info['slips']:,} slips\n"]
    for label, statements in explains:
        lines.append(f"\n## {label}\n")
        for ms, statement, plan in statements:
            lines.append(
                f"\nStatement ({ms} ms while timed):\n\n```sql\n{statement.strip()}\n```\n\n```\n{plan}\n```\n"
            )
    path.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    RESULTS.mkdir(exist_ok=True)
    out = {"machine": os.uname().nodename, "cpus": os.cpu_count(), "load": os.getloadavg(), "runs": {}}
    for db in DBS:
        n = N if db == "postgresql" else SQLITE_N
        if db == "postgresql":
            try:
                import psycopg

                psycopg.connect(PG_ADMIN_URL, connect_timeout=3).close()
            except Exception as exc:  # no server: say so and go on with SQLite
                print(f"PostgreSQL not reachable at {PG_ADMIN_URL}: skipped ({exc})")
                continue
        info = prepare(db, n)
        result = run(db, info)
        report(db, info, result)
        if db == "postgresql":
            write_explains(RESULTS / "scale-explain.md", db, info, result["explains"])
        out["runs"][db] = {k: v for k, v in info.items() if k != "urls"} | {
            "rows": result["rows"],
            "samples": result["samples"],
        }
    out["load_after"] = os.getloadavg()
    (RESULTS / "scale.json").write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwritten: {RESULTS / 'scale.json'}")


if __name__ == "__main__":
    main()

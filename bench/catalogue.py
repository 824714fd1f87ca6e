"""Catalogue benchmark: SQL statements per catalogue list, and eligibility's CPU per intake.

1. Statements per `GET /v1/items` (demo catalogue, 16 items), counted on the engine: cold (nothing
   cached), warm (the list cached) and revalidated (If-None-Match → 304).
2. Eligibility CPU per intake: eligibility runs under uvicorn on a migrated SQLite file with the demo
   data; the calls one intake makes to it (the catalogue twice — duplicate check and registration —,
   the one-time-notice checklist, and one route per item, two items) are driven N times and eligibility's
   CPU is read from /proc/<pid>/stat before and after. "now" uses the EligibilityClient (ETag kept, each
   catalogue call in its own incoming request: two 304s per intake, the worst case); "before" asks for
   the whole list twice, as the client did.

    .venv/bin/python -m bench.catalogue                     # BENCH_CATALOGUE_N intakes (300)
    BENCH_CATALOGUE_BASELINE=/tmp/before .venv/bin/python -m bench.catalogue
        # also measures another checkout (`git archive <commit> | tar -x -C /tmp/before`) on the same data

Writes bench-results/catalogue.json.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "catalogue.json"
N = int(os.environ.get("BENCH_CATALOGUE_N", "300"))
ITEMS = ["temporary_assistance", "medical_assistance"]
MATERIALS = ["id_card", "household_register"]

# Run in a child process with the tree under test first on sys.path: only APIs both trees have.
PROBE = """
import json, sys
from sqlalchemy import event
from starlette.testclient import TestClient
from services.common.auth import Principal, issue_token
from services.common.db import Database
from services.common.settings import DEMO_AUTH_SECRET
from services.eligibility.app import create_app

db = Database(sys.argv[1])
seen = []
event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
app = create_app(db=db)
token = issue_token(DEMO_AUTH_SECRET, Principal(subject="bench", role="window_staff", region="370211001"))
client = TestClient(app)
headers = {"Authorization": "Bearer " + token}
counts = {}
for name in ("cold", "warm", "revalidated"):
    extra = {}
    if name == "revalidated" and last.headers.get("etag"):
        extra = {"If-None-Match": last.headers["etag"]}
    seen.clear()
    last = client.get("/v1/items", headers={**headers, **extra})
    counts[name] = {"statements": len(seen), "status": last.status_code}
print(json.dumps(counts))
"""


def _env(data: Path, pythonpath: str | None = None) -> dict:
    env = dict(os.environ)
    for svc in ("intake", "eligibility", "transfer"):
        env[f"YIMEN_{svc.upper()}_DATABASE_URL"] = f"sqlite:///{data}/{svc}.db"
        env[f"YIMEN_{svc.upper()}_RUN_WORKERS"] = "false"
    env.pop("YIMEN_CLOCK_START", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return env


def statements_per_list(tree: Path, env: dict) -> dict:
    """Statements per GET /v1/items in the tree at `tree` (cold, warm, revalidated)."""
    url = env["YIMEN_ELIGIBILITY_DATABASE_URL"]
    answer = subprocess.run(
        [sys.executable, "-c", PROBE, url], cwd=tree, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(answer.stdout.strip().splitlines()[-1])


def cpu_per_intake(tree: Path, env: dict, *, revalidate: bool, n: int = N) -> dict:
    """Eligibility's CPU for the calls of n intakes, from /proc (see the module docstring)."""
    from bench._proc import cpu_seconds, free_port
    from bench.overhead import _start
    from services.common.auth import Principal, issue_token
    from services.common.observability import request_id_var
    from services.common.settings import DEMO_AUTH_SECRET
    from services.eligibility.client import EligibilityClient

    port = free_port()
    proc = _start("services.eligibility.app:create_app", port, tree, env)
    token = issue_token(DEMO_AUTH_SECRET, Principal(subject="bench", role="window_staff", region="370211001"))
    api = EligibilityClient(f"http://127.0.0.1:{port}", auth_secret=DEMO_AUTH_SECRET, caller="intake")

    def one_intake(i: int) -> None:
        for step in ("duplicate-check", "register"):
            if revalidate:
                rid = request_id_var.set(f"intake-{i}-{step}")  # two incoming requests: two 304s
                try:
                    api.list_items(token=token)
                finally:
                    request_id_var.reset(rid)
            else:
                api.request("GET", "/v1/items", token=token).json()
        api.checklist(ITEMS, MATERIALS, token=token)
        for code in ITEMS:
            api.route(code, "town", "370211001", "370211001", token=token)

    try:
        for i in range(20):  # warm up (and fill the caches)
            one_intake(-i - 1)
        cpu0, t0 = cpu_seconds(proc.pid), time.perf_counter()
        for i in range(n):
            one_intake(i)
        wall, cpu = time.perf_counter() - t0, cpu_seconds(proc.pid) - cpu0
    finally:
        api.close()
        proc.terminate()
        proc.wait(timeout=15)
    return {
        "intakes": n,
        "cpu_ms_per_intake": round(cpu / n * 1000, 2),
        "wall_ms_per_intake": round(wall / n * 1000, 2),
    }


def main() -> None:
    baseline = os.environ.get("BENCH_CATALOGUE_BASELINE")
    results: dict = {}
    with tempfile.TemporaryDirectory() as data:
        env = _env(Path(data))
        py = sys.executable
        subprocess.run(
            [py, "-m", "migrations.migrate", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        subprocess.run(
            [py, "-m", "services.eligibility.demo"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        trees = [("now", ROOT, env)]
        if baseline:
            trees.append(("before", Path(baseline), _env(Path(data), baseline)))
        for label, tree, tree_env in trees:
            results[label] = {
                "statements_per_list": statements_per_list(tree, tree_env),
                "eligibility_per_intake": cpu_per_intake(tree, tree_env, revalidate=label == "now"),
            }
    print(f"catalogue list (16 items) and eligibility's share of one intake ({N} intakes, uvicorn, SQLite)")
    print(f"{'':<8}{'stmts cold':>11}{'warm':>6}{'304':>6}{'CPU ms/intake':>15}{'wall ms/intake':>16}")
    for label, r in results.items():
        s, c = r["statements_per_list"], r["eligibility_per_intake"]
        reval = s["revalidated"]["statements"] if s["revalidated"]["status"] == 304 else "—"
        print(
            f"{label:<8}{s['cold']['statements']:>11}{s['warm']['statements']:>6}{reval!s:>6}"
            f"{c['cpu_ms_per_intake']:>15.2f}{c['wall_ms_per_intake']:>16.2f}"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps({"intakes": N, "items": ITEMS, **results}, ensure_ascii=False, indent=2) + "\n"
    )
    print(f"written {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

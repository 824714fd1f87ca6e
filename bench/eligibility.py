"""Eligibility benchmark (`make bench`): batch evaluation of synthetic households and single-evaluation latency.

Engines, on the same households and the same 临时救助 rule (DESIGN.md §5):
- yimen_vector: our rule set (data, compiled by the rule language) on numpy int64 rationals, per-condition results
- yimen_end_to_end: the batch endpoint's own code path, from yuan strings to JSON lines (parse + evaluate + render)
- openfisca_float / openfisca_int_fen: openfisca-core, vectorised, money as yuan floats / as integer fen
- python_float_loop: a plain loop with yuan floats; python_int_loop: the exact integer-fen reference
Mismatches count households whose outcome or any condition differs from the reference.
BENCH_SIZES=1000,100000 shrinks the run (default 1000,100000,1000000).
"""

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from bench import _eligibility_models as models
from services.common.clock import clock

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results" / "eligibility.json"
END_TO_END_MAX = 200_000  # the string path is per-household Python; larger sizes only repeat the same rate


def _rule():
    from services.eligibility.rules.engine import compile_rule
    from services.eligibility.rules.seed import PARAMETERS, TEMPORARY_ASSISTANCE_RULES

    units = {p.name: p.unit for p in PARAMETERS}
    params = {
        "max_grants_per_year": models.MAX_GRANTS,
        "annual_cap": models.ANNUAL_CAP,
        "urban_dibao_monthly": models.STANDARD,
        "district_income_last_year": models.DISTRICT_INCOME,
        "assets_cap": models.ASSETS_CAP,
    }
    return compile_rule("temporary_assistance", 1, TEMPORARY_ASSISTANCE_RULES, units), params


def yimen_vector(rule, params, h):
    from services.eligibility.rules.engine import evaluate_columns, parameter_env
    from services.eligibility.rules.vector import V

    n = len(h["members"])
    out_e, out_c = np.zeros(n, bool), np.zeros((7, n), bool)
    step = 262_144  # chunks keep the working set in cache and memory flat, as the endpoint does
    for start in range(0, n, step):
        part = {k: v[start : start + step] for k, v in h.items()}
        m = len(part["members"])
        for name in (
            "residency",
            "assistance_type",
        ):  # enum text to the rule's codes (OpenFisca does the same)
            values = list(rule.facts[name].values)
            part[name] = models.encode(part[name], values, [rule.codes[v] for v in values])
        env = {k: V(v) for k, v in part.items()}  # every fact known in this data set
        env.update(parameter_env(rule, m, params))
        outcome, results = evaluate_columns(rule, env, m)
        out_e[start : start + m] = outcome == 0
        out_c[:, start : start + m] = np.stack(results) == 0
    return out_e, out_c


def as_yuan_strings(h):
    """The households as an API caller sends them: money as yuan strings (built before timing)."""
    from services.common.money import fen_to_yuan

    money = [k for k, v in h.items() if v.dtype == np.int64 and k not in ("members", "grants_this_year")]
    return {k: ([fen_to_yuan(x) for x in v.tolist()] if k in money else v.tolist()) for k, v in h.items()}


def yimen_end_to_end(rule, params, cols):
    """Yuan strings in, JSON lines out, through the batch endpoint's own chunk function, a chunk at a time."""
    from services.eligibility.rules.batch import Record, Totals, evaluate_chunk

    n = len(cols["members"])
    totals, eligible = Totals(), np.zeros(n, bool)
    for s in range(0, n, 4096):
        records = [Record(i + 1, i, {k: cols[k][i] for k in cols}) for i in range(s, min(n, s + 4096))]
        text = evaluate_chunk(rule, params, records, totals, "ndjson")
        for j, line in enumerate(text.splitlines()):
            eligible[s + j] = '"outcome":"eligible"' in line
    return eligible, None


def _measure(fn, *args) -> dict:
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"result": result, "seconds": seconds, "peak_mb": round(peak / 1e6, 1)}


def _mismatches(result, reference) -> int:
    eligible, conds = result
    ref_e, ref_c = reference
    bad = eligible != ref_e
    if conds is not None:
        bad |= (conds != ref_c).any(axis=0)
    return int(bad.sum())


def batch(sizes: list[int]) -> list[dict]:
    rule, params = _rule()
    of_float, of_int = models.openfisca_system(exact=False), models.openfisca_system(exact=True)
    rows = []
    for n in sizes:
        h = models.households(n)
        ref = _measure(models.reference_loop, h)
        engines = {
            "python_int_loop": ref,
            "yimen_vector": _measure(yimen_vector, rule, params, h),
            "openfisca_float": _measure(models.openfisca_run, of_float, h, False),
            "openfisca_int_fen": _measure(models.openfisca_run, of_int, h, True),
            "python_float_loop": _measure(models.float_loop, h),
        }
        if n <= END_TO_END_MAX:
            engines["yimen_end_to_end"] = _measure(yimen_end_to_end, rule, params, as_yuan_strings(h))
        for name, m in engines.items():
            row = {
                "size": n,
                "engine": name,
                "households_per_s": round(n / m["seconds"]),
                "seconds": round(m["seconds"], 4),
                "peak_mb": m["peak_mb"],
                "mismatches": _mismatches(m["result"], ref["result"]),
            }
            rows.append(row)
            print(
                f"  {n:>9,} {name:<18} {row['households_per_s']:>12,}/s  {row['seconds']:>8.3f}s  "
                f"peak {row['peak_mb']:>7.1f} MB  mismatches {row['mismatches']}",
                flush=True,
            )
    return rows


def _percentiles(samples: list[float]) -> dict:
    samples = sorted(samples)
    return {
        "median_ms": round(statistics.median(samples) * 1000, 3),
        "p99_ms": round(samples[int(len(samples) * 0.99) - 1] * 1000, 3),
        "n": len(samples),
    }


def _database(tmp: str) -> str:
    from alembic import command

    from migrations.migrate import config
    from services.common.db import Database
    from services.eligibility.demo import load_demo

    url = f"sqlite:///{tmp}/eligibility-bench.db"
    command.upgrade(config("eligibility", url=url), "head")
    load_demo(Database(url))
    return url


def latency(n: int = 2000) -> dict:
    import httpx

    from services.common.auth import Principal, issue_token
    from services.common.db import Database
    from services.common.settings import DEMO_AUTH_SECRET
    from services.eligibility.rules import service
    from services.eligibility.rules.engine import explain_condition
    from services.eligibility.rules.schemas import TEMPORARY_ASSISTANCE_EXAMPLE, EvaluationRequest

    out = {}
    rule, params = _rule()
    env = {
        "members": 3,
        "residency": "local_hukou",
        "on_dibao": False,
        "assistance_type": "expenditure",
        "income_6m": 1_200_000,
        "medical_expense_6m": 800_000,
        "education_expense_6m": 0,
        "income_12m": 3_000_000,
        "assets_excluding_home": 5_000_000,
        "grants_this_year": 0,
        "granted_amount_this_year": 0,
        "requested_amount": 300_000,
        **params,
    }
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        [explain_condition(rule, c, env) for c in rule.conditions]
        samples.append(time.perf_counter() - t)
    out["in_process_engine"] = _percentiles(samples)
    with tempfile.TemporaryDirectory() as tmp:
        url = _database(tmp)
        db = Database(url)
        body = EvaluationRequest.model_validate(TEMPORARY_ASSISTANCE_EXAMPLE)
        samples = []
        for _ in range(n):
            t = time.perf_counter()
            with db.session() as session:
                service.evaluate(session=session, body=body, grants=None)
            samples.append(time.perf_counter() - t)
        out["in_process_service_with_db"] = _percentiles(samples)
        db.engine.dispose()
        out["http"] = _http(
            url,
            n,
            TEMPORARY_ASSISTANCE_EXAMPLE,
            issue_token(
                DEMO_AUTH_SECRET, Principal(subject="bench", role="window_staff", region="370211001")
            ),
            httpx,
        )
    return out


def _http(url: str, n: int, payload: dict, token: str, httpx) -> dict:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "YIMEN_ELIGIBILITY_DATABASE_URL": url,
        "YIMEN_LOG_LEVEL": "WARNING",
        "YIMEN_MODE": "demo",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "services.eligibility.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        with httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"authorization": f"Bearer {token}"}
        ) as client:
            for _ in range(100):
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            for _ in range(50):  # warm up
                client.post("/v1/evaluations", json=payload).raise_for_status()
            samples = []
            for _ in range(n):
                t = time.perf_counter()
                client.post("/v1/evaluations", json=payload).raise_for_status()
                samples.append(time.perf_counter() - t)
        return _percentiles(samples)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,100000,1000000").split(",") if s.strip()]
    print(f"eligibility batch: {sizes}", flush=True)
    rows = batch(sizes)
    print("eligibility single-evaluation latency", flush=True)
    lat = latency()
    for name, p in lat.items():
        print(f"  {name:<28} median {p['median_ms']:.3f} ms   p99 {p['p99_ms']:.3f} ms", flush=True)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "date": clock.today().isoformat(),
                "python": sys.version.split()[0],
                "batch": rows,
                "latency": lat,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"written {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

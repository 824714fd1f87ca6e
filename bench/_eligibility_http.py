"""The eligibility service over HTTP for the benchmark: one uvicorn process, a CSV batch and single evaluations.

The server is the production entry point (`services.eligibility.app:create_app`, uvicorn with uvloop and
httptools, one worker) on a temporary SQLite database with the demo data. Its peak memory is the kernel's
high-water mark (`VmHWM` in /proc/<pid>/status), read after each run.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from bench._proc import cpu_seconds

ROOT = Path(__file__).resolve().parent.parent
BATCH_URL = "/v1/evaluations/batch?item_code=temporary_assistance&as_of=2026-03-15&output=csv"


def write_csv(h: dict[str, np.ndarray], path: Path) -> int:
    """The households as a caller uploads them: one CSV row each, money as yuan strings; returns the bytes."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    money = [k for k, v in h.items() if v.dtype == np.int64 and k not in ("members", "grants_this_year")]
    cols = {
        "id": pc.binary_join_element_wise(
            "H", pc.cast(pa.array(np.arange(len(h["members"]))), pa.string()), ""
        )
    }
    for k, v in h.items():
        if k in money:  # yuan with two decimals, built from integer fen: "1234.05"
            whole = pc.cast(pa.array(v // 100), pa.string())
            cents = pc.utf8_lpad(pc.cast(pa.array(v % 100), pa.string()), 2, "0")
            cols[k] = pc.binary_join_element_wise(whole, cents, ".")
        elif v.dtype == bool:
            cols[k] = pa.array(np.where(v, "true", "false"))
        else:
            cols[k] = pa.array(v.tolist() if v.dtype == object else v)
    pacsv.write_csv(pa.table(cols), path, pacsv.WriteOptions(quoting_style="none"))
    return path.stat().st_size


def read_result(path: Path, condition_ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(eligible, conditions passed) from a CSV answer, in input order."""
    import pyarrow.csv as pacsv

    table = pacsv.read_csv(path)
    order = np.argsort(table.column("row").to_numpy())
    eligible = (table.column("outcome").to_numpy(zero_copy_only=False) == "eligible")[order]
    conds = np.stack([table.column(c).to_numpy(zero_copy_only=False) == "passed" for c in condition_ids])
    return eligible, conds[:, order]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def reset_peak(pid: int) -> None:
    """Start a fresh high-water mark (Linux: writing 5 to clear_refs), so each run reports its own peak."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass


@contextmanager
def server(url: str):
    """A uvicorn process serving the eligibility app on a free port: yields (base URL, pid)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "YIMEN_ELIGIBILITY_DATABASE_URL": url,
        "YIMEN_LOG_LEVEL": "WARNING",
        "YIMEN_MODE": "demo",
    }
    args = ["-m", "uvicorn", "services.eligibility.app:create_app", "--factory", "--host", "127.0.0.1"]
    proc = subprocess.Popen(
        [sys.executable, *args, "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env
    )
    try:
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_ready(client) -> None:
    import httpx

    for _ in range(200):
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("eligibility server did not start")


def post_csv(client, source: Path, target: Path) -> float:
    """Stream the CSV up and the answer down (both in 1 MB pieces); seconds from first byte sent to last received."""

    def upload():
        with source.open("rb") as f:
            while piece := f.read(1 << 20):
                yield piece

    start = time.perf_counter()
    with (
        client.stream("POST", BATCH_URL, content=upload(), headers={"content-type": "text/csv"}) as r,
        target.open("wb") as out,
    ):
        r.raise_for_status()
        for piece in r.iter_raw(1 << 20):
            out.write(piece)
    return time.perf_counter() - start


def single_latency(base: str, token: str, payload: dict, n: int, pid: int) -> tuple[list[float], float]:
    """n sequential evaluations on one keep-alive connection: latencies (s) and server CPU ms per call.

    The client is `http.client` with the body encoded once, as in bench.overhead: httpx costs ~2 ms of
    client CPU per call, which on 2 cores competes with the server and would be counted as latency.
    """
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port))
    body = json.dumps(payload).encode()
    headers = {"content-type": "application/json", "authorization": f"Bearer {token}"}

    def one() -> None:
        conn.request("POST", "/v1/evaluations", body=body, headers=headers)
        answer = conn.getresponse()
        answer.read()
        if answer.status != 200:
            raise RuntimeError(f"evaluation answered {answer.status}")

    for _ in range(200):  # warm up
        one()
    samples, cpu_before = [], cpu_seconds(pid)
    for _ in range(n):
        t = time.perf_counter()
        one()
        samples.append(time.perf_counter() - t)
    cpu_ms = (cpu_seconds(pid) - cpu_before) / n * 1000
    conn.close()
    return samples, cpu_ms

"""Export benchmark: a district year of 100,000 ledger rows as CSV and XLSX through the intake API.

Seeds a throwaway SQLite intake database (or PostgreSQL with YIMEN_BENCH_PG_URL), streams
GET /v1/applications with `Accept: text/csv` and the XLSX type as the district supervisor, and reports
rows/s, the size and the process's resident memory before and at its peak during each export
(sampled every 20 ms) — flat memory means the peak barely moves with the row count.
"""

import json
import os
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from services.common.auth import Principal, issue_token
from services.common.export import CSV, XLSX
from services.common.identity import compose_id_number
from services.common.settings import DEMO_AUTH_SECRET

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "exports.json"
ROWS = int(os.environ.get("BENCH_EXPORT_ROWS", "100000"))
TOWNS = ["370211001", "370211002", "370211003", "370211004", "370211005"]
ITEMS = [
    ("temporary_assistance", "临时救助"),
    ("medical_assistance", "医疗救助"),
    ("education_assistance", "教育救助"),
]
STATUSES = ["accepted", "in_progress", "concluded", "draft", "awaiting_materials"]


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _seed(engine, rows: int) -> None:
    from services.intake.applications.models import Application, ApplicationItem

    start, now = date(2026, 1, 1), datetime(2026, 11, 24, tzinfo=UTC)
    batch, items = [], []
    with engine.begin() as conn:
        for n in range(1, rows + 1):
            received = start + timedelta(days=n % 320)
            status = STATUSES[n % len(STATUSES)]
            batch.append(
                dict(
                    id=n,
                    case_number=f"HD-2026-{n:06d}",
                    status=status,
                    window_region=TOWNS[n % 5],
                    window_level="town",
                    applicant_name="张三" if n % 2 else "欧阳明月",
                    applicant_id_number=compose_id_number("370211", "19850101", n % 1000),
                    phone=f"138{n:08d}",
                    hukou_region=TOWNS[n % 5],
                    difficulty="家中失火，生活困难",
                    suggestions=[],
                    provided_materials=[],
                    duplicate_findings=[],
                    due_warnings=[],
                    first_responder_username="window_hd",
                    first_responder_name="王晓燕",
                    received_date=received,
                    notice_due_date=received + timedelta(days=7),
                    accepted_date=received + timedelta(days=1) if status != "draft" else None,
                    due_date=received + timedelta(days=30) if status != "draft" else None,
                    created_at=now,
                    updated_at=now,
                )
            )
            code, name = ITEMS[n % 3]
            items.append(dict(application_id=n, item_code=code, item_name=name, exclusive_with=[]))
            if len(batch) == 5000:
                conn.execute(insert(Application.__table__), batch)
                conn.execute(insert(ApplicationItem.__table__), items)
                batch, items = [], []
        if batch:
            conn.execute(insert(Application.__table__), batch)
            conn.execute(insert(ApplicationItem.__table__), items)


def _measure(client, token: str, media: str) -> dict:
    peak, stop = [_rss_mib()], threading.Event()
    before = peak[0]

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _rss_mib())
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    size = 0
    headers = {"authorization": f"Bearer {token}", "accept": media}
    with client.stream("GET", "/v1/applications", headers=headers) as answer:
        answer.raise_for_status()
        for chunk in answer.iter_bytes():
            size += len(chunk)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    return {
        "rows": ROWS,
        "seconds": round(seconds, 2),
        "rows_per_second": round(ROWS / seconds),
        "bytes": size,
        "rss_before_mib": round(before, 1),
        "rss_peak_mib": round(peak[0], 1),
        "rss_growth_mib": round(peak[0] - before, 1),
    }


def main() -> None:
    from alembic import command
    from starlette.testclient import TestClient

    from migrations.migrate import config
    from services.common.db import Database
    from services.intake.app import create_app
    from services.intake.settings import IntakeSettings

    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("YIMEN_BENCH_PG_URL") or f"sqlite:///{Path(tmp) / 'intake.db'}"
        command.upgrade(config("intake", url=url), "head")
        db = Database(url)
        started = time.perf_counter()
        _seed(db.engine, ROWS)
        print(f"seeded {ROWS} cases in {time.perf_counter() - started:.1f} s", flush=True)
        app = create_app(settings=IntakeSettings(database_url=url, run_workers=False), db=db)
        token = issue_token(
            DEMO_AUTH_SECRET, Principal(subject="supervisor", role="supervisor", region="370211")
        )
        results = {"backend": db.engine.dialect.name}
        with TestClient(app) as client:
            for name, media in (("csv", CSV), ("xlsx", XLSX)):
                results[name] = _measure(client, token, media)
                print(f"ledger {name}: {json.dumps(results[name], ensure_ascii=False)}", flush=True)
        db.engine.dispose()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

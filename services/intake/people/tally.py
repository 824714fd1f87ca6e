"""The roll-up (case_tally): cases per street, month and status; item rows per street, month, status, item.

Triggers on application and application_item (intake migration 7546463d7d53) append each change that
moves a count to case_tally_change, in the writer's own transaction: the write path knows nothing of it,
and a change is logged exactly when it commits. `fold` adds the logged changes into the tally and deletes
them in the reader's transaction, so what the reader then sums is exact at read time. Statistics read
it, and so does the ledger's total when only region, status and item filter it. Folding is
additive: a change is claimed by the DELETE … RETURNING that removes it, and PostgreSQL readers fold one
at a time (an advisory lock, taken only when there is something to fold).

On SQLite a migration that rebuilds application or application_item (alembic batch copy-and-move) drops
their triggers with the old table: such a migration must create them again (a test checks they exist).
"""

from collections import defaultdict

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from services.common.db import is_postgres
from services.intake.people.models import CaseTally, CaseTallyChange

FOLD_BATCH = 20_000
UPSERT_ROWS = 1_000  # 7 values a row: well inside SQLite's 32,766 parameters
LOCK_KEY = 0x7A11_CA5E  # pg_advisory_xact_lock: one folder at a time
KEY = ("window_region", "month", "status", "item_code", "item_name")
COUNTS = ("cases", "accepted")
_tally, _change = CaseTally.__table__, CaseTallyChange.__table__


def fold(session: Session) -> int:
    """Add every committed change into the tally and delete it; how many changes were folded."""
    if session.execute(select(_change.c.id).limit(1)).first() is None:
        return 0
    postgres = is_postgres(session)
    if postgres:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    folded = 0
    while True:
        batch = select(_change.c.id).order_by(_change.c.id).limit(FOLD_BATCH).scalar_subquery()
        rows = session.execute(
            delete(_change).where(_change.c.id.in_(batch)).returning(*(_change.c[c] for c in KEY + COUNTS))
        ).all()
        if not rows:
            return folded
        folded += len(rows)
        sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            total = sums[tuple(row[:5])]
            total[0] += row[5]
            total[1] += row[6]
        _add(session, postgres, [(*k, *v) for k, v in sorted(sums.items()) if any(v)])


def _add(session: Session, postgres: bool, rows: list[tuple]) -> None:
    """tally += rows (an upsert per key, in key order so two folders never wait on each other crosswise)."""
    insert = pg_insert if postgres else sqlite_insert
    for start in range(0, len(rows), UPSERT_ROWS):
        values = [dict(zip(KEY + COUNTS, r, strict=True)) for r in rows[start : start + UPSERT_ROWS]]
        stmt = insert(_tally).values(values)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(KEY), set_={c: _tally.c[c] + stmt.excluded[c] for c in COUNTS}
        )
        session.execute(stmt)


def rebuild(session: Session) -> None:
    """The tally counted afresh from the cases (after a bulk load), the change log emptied."""
    if is_postgres(session):
        session.execute(text("TRUNCATE case_tally_change, case_tally"))
        session.execute(text(_REBUILD_POSTGRES))
    else:
        session.execute(delete(_change))
        session.execute(delete(_tally))
        session.execute(text(_REBUILD_SQLITE))


# the same statement as the migration's backfill (a migration keeps its own copy)
_REBUILD = """
INSERT INTO case_tally (window_region, month, status, item_code, item_name, cases, accepted)
SELECT window_region, {month}, status, '', '', count(*), count(accepted_date)
FROM application GROUP BY window_region, {month}, status
UNION ALL
SELECT a.window_region, {amonth}, a.status, i.item_code, i.item_name, count(*), 0
FROM application_item i JOIN application a ON a.id = i.application_id
GROUP BY a.window_region, {amonth}, a.status, i.item_code, i.item_name
"""
_REBUILD_POSTGRES = _REBUILD.format(
    month="date_trunc('month', received_date)::date", amonth="date_trunc('month', a.received_date)::date"
)
_REBUILD_SQLITE = _REBUILD.format(
    month="substr(received_date, 1, 7) || '-01'", amonth="substr(a.received_date, 1, 7) || '-01'"
)

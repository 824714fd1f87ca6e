"""Gap-free numbers per (kind, region, year): a counter row bumped inside the caller's transaction.

One upsert (INSERT … ON CONFLICT DO UPDATE … RETURNING) takes the row lock (PostgreSQL) or runs under
the database write lock (SQLite, BEGIN IMMEDIATE) and holds it until the caller's commit, so a
rolled-back registration rolls its number back too. Callers take the number at the LAST moment of
their transaction (everything else written first): the lock is then held for the commit only, and
concurrent registrations of one street no longer queue behind each other's whole request.
"""

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from services.common.db import is_postgres
from services.intake.applications.models import Counter


def next_value(*, session: Session, scope: str, region: str, year: int) -> int:
    """The next number in the sequence (1, 2, 3 … without gaps); the counter row stays locked until commit."""
    insert = pg_insert if is_postgres(session) else sqlite_insert
    stmt = insert(Counter).values(scope=scope, region=region, year=year, last_value=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["scope", "region", "year"],
        set_={"last_value": Counter.__table__.c.last_value + 1},
    ).returning(Counter.__table__.c.last_value)
    return session.execute(stmt).scalar_one()

"""Gap-free numbers per (kind, region, year): a counter row bumped inside the caller's transaction.

The UPDATE takes the row lock (PostgreSQL) or the database write lock (SQLite, BEGIN IMMEDIATE),
so concurrent registrations queue on it; a rolled-back registration rolls its number back too.
"""

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from services.common.db import is_postgres
from services.intake.applications.models import Counter


def next_value(*, session: Session, scope: str, region: str, year: int) -> int:
    """The next number in the sequence (1, 2, 3 … without gaps)."""
    insert = pg_insert if is_postgres(session) else sqlite_insert
    session.execute(
        insert(Counter)
        .values(scope=scope, region=region, year=year, last_value=0)
        .on_conflict_do_nothing(index_elements=["scope", "region", "year"])
    )
    stmt = (
        update(Counter)
        .where(Counter.scope == scope, Counter.region == region, Counter.year == year)
        .values(last_value=Counter.last_value + 1)
        .returning(Counter.last_value)
    )
    return session.execute(stmt).scalar_one()

"""Counting failures per key in the intake database, so every replica sees the same lock.

A key (an account, an address) may fail `limit` times; from then on each further failure locks it
for twice as long as the last (first_lock, 2×, 4× … up to MAX_LOCK). A key left alone for
FORGET_AFTER starts from zero again; a successful login clears its account's key at once.
"""

from datetime import UTC, datetime, timedelta
from math import ceil

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from services.intake.accounts.models import Throttle

MAX_LOCK = timedelta(hours=1)
FORGET_AFTER = timedelta(hours=1)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite and a timestamp column hand back naive datetimes; we store UTC
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def retry_after(*, session: Session, keys: list[str], now: datetime) -> int:
    """Seconds until every key is free again (0: none is locked)."""
    rows = session.exec(select(Throttle).where(Throttle.key.in_(keys))).all()
    until = [_aware(r.locked_until) for r in rows if r.locked_until is not None]
    wait = max((u - now).total_seconds() for u in until) if until else 0
    return max(0, ceil(wait))


def _row(session: Session, key: str, now: datetime) -> Throttle:
    """The key's row, locked for this transaction (created when missing, also when two replicas race)."""
    for _ in range(2):
        row = session.get(Throttle, key, with_for_update=True)
        if row is not None:
            return row
        try:
            with session.begin_nested():
                row = Throttle(key=key, count=0, last_at=now)
                session.add(row)
            return row
        except IntegrityError:
            continue  # another replica created it first: take theirs
    raise RuntimeError(f"throttle row {key} could not be created")


def record(*, session: Session, key: str, limit: int, first_lock: timedelta, now: datetime) -> None:
    """Count one more failure for `key`; at `limit` and beyond, lock it with doubling back-off."""
    row = _row(session, key[:120], now)
    if now - _aware(row.last_at) > FORGET_AFTER and (
        row.locked_until is None or _aware(row.locked_until) <= now
    ):
        row.count = 0
    row.count += 1
    row.last_at = now
    if row.count >= limit:
        row.locked_until = now + min(first_lock * 2 ** min(row.count - limit, 12), MAX_LOCK)
    session.add(row)
    session.flush()


def clear(*, session: Session, key: str) -> None:
    """Forget a key (a successful login clears its account)."""
    row = session.get(Throttle, key[:120])
    if row is not None:
        session.delete(row)
        session.flush()

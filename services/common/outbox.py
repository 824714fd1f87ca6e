"""Transactional outbox: a change and the message it must send commit together.

Each service declares its own table from `OutboxFields` (tables are never shared). A worker
leases due messages with FOR UPDATE SKIP LOCKED (on PostgreSQL; SQLite serialises writers), sends
them with no transaction open, records the outcome, and retries with exponential backoff.
Delivery is at-least-once: receivers are idempotent on `dedupe_key`.
"""

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Text
from sqlmodel import Field, Session, SQLModel, select

from .clock import idle, utcnow
from .db import Database

log = logging.getLogger("yimen.outbox")
PENDING, DELIVERED, DEAD = "pending", "delivered", "dead"


class OutboxFields(SQLModel):
    """Columns of an outbox table; a service subclasses it with table=True on its own registry."""

    id: int | None = Field(default=None, primary_key=True)
    topic: str = Field(max_length=64, index=True)
    destination: str = Field(default="", max_length=200)
    dedupe_key: str = Field(max_length=200, unique=True)
    payload: str = Field(sa_column_kwargs={}, sa_type=Text)
    status: str = Field(default=PENDING, max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    last_error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None

    @property
    def data(self) -> dict[str, Any]:
        return json.loads(self.payload)


class RetryLater(Exception):
    """Raised by a sender: the message was not delivered; optionally when to try again."""

    def __init__(self, reason: str, retry_after_seconds: float | None = None):
        super().__init__(reason)
        self.retry_after_seconds = retry_after_seconds


def enqueue(
    session: Session,
    model: type[OutboxFields],
    *,
    topic: str,
    payload: dict,
    dedupe_key: str,
    destination: str = "",
    new: bool = False,
) -> OutboxFields:
    """Add a message in the caller's transaction; a second enqueue with the same key is a no-op.

    `new=True`: the caller knows the key cannot exist yet (e.g. the one acceptance of a case): no read
    first and no flush of its own (it is written with the caller's next flush or commit)."""
    if not new:
        existing = session.exec(select(model).where(model.dedupe_key == dedupe_key)).first()
        if existing:
            return existing
    message = model(
        topic=topic,
        destination=destination,
        dedupe_key=dedupe_key,
        payload=json.dumps(payload, ensure_ascii=False, default=str),
    )
    session.add(message)
    if not new:
        session.flush()
    return message


def backoff_delay(attempts: int, base_seconds: float, cap_seconds: float) -> float:
    """Exponential backoff with full jitter: 1st retry ~base, doubling, capped."""
    return random.uniform(0.5, 1.0) * min(cap_seconds, base_seconds * (2 ** max(0, attempts - 1)))


def claim_due(
    db: Database,
    model: type[OutboxFields],
    *,
    now: datetime,
    limit: int,
    lease_seconds: float,
    topics: tuple[str, ...] | None = None,
    destination: str | None = None,
) -> list[OutboxFields]:
    """Take up to `limit` due messages (of one destination, if given) and lease them (FOR UPDATE SKIP LOCKED).

    The lease pushes next_attempt_at forward, so another worker skips them while we send; if this
    worker dies mid-send the lease runs out and the message is tried again (receivers are idempotent).
    """
    with db.session() as session:
        query = (
            select(model)
            .where(model.status == PENDING, model.next_attempt_at <= now)
            .order_by(model.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        if topics:
            query = query.where(model.topic.in_(topics))
        if destination is not None:
            query = query.where(model.destination == destination)
        claimed = list(session.exec(query).all())
        for message in claimed:
            message.attempts += 1
            message.next_attempt_at = now + timedelta(seconds=lease_seconds)
            session.add(message)
    return claimed


def deliver_pending(
    db: Database,
    model: type[OutboxFields],
    send: Callable[[OutboxFields], Any],
    *,
    record: Callable[[Session, OutboxFields, Any], None] | None = None,
    on_retry: Callable[[Session, OutboxFields, RetryLater], None] | None = None,
    limit: int = 20,
    max_attempts: int = 12,
    base_seconds: float = 5.0,
    cap_seconds: float = 6 * 3600,
    lease_seconds: float = 120.0,
    now: datetime | None = None,
    topics: tuple[str, ...] | None = None,
    destination: str | None = None,
    on_stale: Callable[[Session, OutboxFields, Any, RetryLater | None], None] | None = None,
    concurrency: int = 1,
    send_batch: Callable[[list[OutboxFields]], list[Any]] | None = None,
) -> int:
    """Send every due message once; returns how many were delivered. Safe in several replicas.

    `send(message)` runs OUTSIDE any transaction (no database lock is held during the network call,
    so two services' workers calling each other can never wait on each other); it raises RetryLater
    on failure. With `concurrency` > 1 the batch is sent by that many threads at once (a destination
    that must see its messages in order keeps the default 1). `record(session, message, result)` then
    writes what the delivery changed, in the same transaction that marks the message delivered — one
    transaction for the whole batch; `on_retry` sees each failure. `on_stale` sees an attempt whose
    message stopped being pending meanwhile (held or replayed by someone else), so that the attempt is
    still on record. The lease must outlast the batch: `limit` sends of one destination.
    A retry's wait counts from the failure, not from the start of the pass.

    `send_batch(messages)`, if given, replaces `send`: the whole claimed batch goes in one call (for a
    receiver that takes many messages at once, in their order) and returns one entry per message, its
    result or the RetryLater that message met; a RetryLater raised by the call fails the whole batch.
    """
    now = now or utcnow()
    started = time.monotonic()
    batch = claim_due(
        db, model, now=now, limit=limit, lease_seconds=lease_seconds, topics=topics, destination=destination
    )
    if not batch:
        return 0

    def attempt(claimed: OutboxFields) -> tuple[OutboxFields, Any, RetryLater | None, float]:
        try:
            result, failure = send(claimed), None
        except RetryLater as exc:
            result, failure = None, exc
        return claimed, result, failure, time.monotonic() - started

    if send_batch is not None:
        try:
            answers = send_batch(batch)
        except RetryLater as exc:
            answers = [exc] * len(batch)
        elapsed = time.monotonic() - started
        outcomes = [
            (claimed, None, answer, elapsed)
            if isinstance(answer, RetryLater)
            else (claimed, answer, None, elapsed)
            for claimed, answer in zip(batch, answers, strict=True)
        ]
    elif concurrency > 1 and len(batch) > 1:
        with ThreadPoolExecutor(
            max_workers=min(concurrency, len(batch)), thread_name_prefix="outbox"
        ) as pool:
            outcomes = list(pool.map(attempt, batch))
    else:
        outcomes = [attempt(claimed) for claimed in batch]
    settle = dict(
        model=model,
        record=record,
        on_retry=on_retry,
        on_stale=on_stale,
        max_attempts=max_attempts,
        base_seconds=base_seconds,
        cap_seconds=cap_seconds,
        now=now,
    )
    try:
        with db.session() as session:  # one commit for the batch
            return sum(_settle(session, outcome, **settle) for outcome in outcomes)
    except Exception:
        if len(outcomes) == 1:
            raise
        log.exception("outbox batch of %s could not be recorded at once; recording one by one", len(outcomes))
    delivered = 0
    for outcome in outcomes:  # one bad record must not hold back the others (its lease brings it back)
        try:
            with db.session() as session:
                delivered += _settle(session, outcome, **settle)
        except Exception:
            log.exception("outbox message %s could not be recorded", outcome[0].id)
    return delivered


def _settle(
    session: Session,
    outcome: tuple[OutboxFields, Any, RetryLater | None, float],
    *,
    model: type[OutboxFields],
    record,
    on_retry,
    on_stale,
    max_attempts: int,
    base_seconds: float,
    cap_seconds: float,
    now: datetime,
) -> int:
    """Mark one attempt delivered (with what it changed) or due again after its backoff; 1 if delivered."""
    claimed, result, failure, elapsed = outcome
    message = session.get(model, claimed.id)
    if message is None or message.status != PENDING:
        if message is not None and on_stale is not None:
            on_stale(session, message, result, failure)
        return 0
    if failure is None:
        if record is not None:
            record(session, message, result)
        message.status, message.delivered_at, message.last_error = DELIVERED, utcnow(), None
        session.add(message)
        return 1
    message.last_error = str(failure)[:2000]
    if on_retry is not None:
        on_retry(session, message, failure)
    if message.attempts >= max_attempts:
        message.status = DEAD
        log.error(
            "outbox message %s (%s) gave up after %s attempts", message.id, message.topic, message.attempts
        )
    else:
        delay = failure.retry_after_seconds or backoff_delay(message.attempts, base_seconds, cap_seconds)
        # `now` may be a test's instant: the time spent in this pass until the failure is added to it
        message.next_attempt_at = now + timedelta(seconds=elapsed + delay)
    session.add(message)
    return 0


def run_worker_loop(
    step: Callable[[], Any], stop: threading.Event, interval: float, name: str, *, drain: bool = False
) -> None:
    """Call `step` every `interval` seconds until `stop` is set; a failing step is logged, never fatal.

    With `drain`, a step that returns a positive count (it found work) is called again at once, so a
    backlog is worked off at the pace it arrives instead of one batch per interval."""
    while not stop.is_set():
        try:
            done = step()
        except Exception:  # a worker must survive a bad row or a dead database and try again
            log.exception("worker %s step failed", name)
            done = 0
        if drain and isinstance(done, int) and not isinstance(done, bool) and done > 0:
            continue
        idle(stop, interval)

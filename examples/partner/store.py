"""The partner's own state in SQLite: what it received, what it must still send.

Everything that matters survives a restart: a slip acknowledged by our 2xx is in `slip` and its
answers are rows in `outbox` before the 2xx leaves, so a crash right after the webhook loses nothing.
"""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCHEMA = """
-- Every webhook-id we accepted: Yimen retries until it sees our 2xx, so the same message can come twice.
CREATE TABLE IF NOT EXISTS webhook_message (
    webhook_id   TEXT PRIMARY KEY,          -- header webhook-id, stable across Yimen's retries
    type         TEXT NOT NULL,             -- slip.issued | slip.reminder | slip.supervision
    slip_id      INTEGER,
    received_at  TEXT NOT NULL,
    payload      TEXT NOT NULL              -- the verified body, for audit and replay
);
-- The slips we must handle: the fields a partner needs to answer and to talk to people about them.
CREATE TABLE IF NOT EXISTS slip (
    slip_id        INTEGER PRIMARY KEY,     -- Yimen's id: GET/POST /v1/slips/{slip_id}…
    slip_number    TEXT NOT NULL,           -- printed on the paper slip (ZB-2026-000042)
    case_number    TEXT NOT NULL,           -- the window's case number
    kind           TEXT NOT NULL,           -- dispatch | escalate | hand_over | assign | refer
    self_url       TEXT NOT NULL,           -- links.self: details (each read is audited by Yimen)
    events_url     TEXT NOT NULL,           -- links.events: where our answers go
    verify_url     TEXT,                    -- links.verify: the QR code's public page
    due_date       TEXT,                    -- the current deadline when we were told
    item_name      TEXT,                    -- filled from the details
    applicant_name TEXT,                    -- personal data: keep it as protected as Yimen does
    opinion_due_date  TEXT,                 -- 3 working days after receipt
    feedback_due_date TEXT,                 -- 3 working days after our result
    state          TEXT NOT NULL,           -- our progress: received, fetched, acknowledged … feedback_given
    received_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- Our answers, written before they are sent and sent until Yimen has them (transactional outbox).
CREATE TABLE IF NOT EXISTS outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    slip_id         INTEGER NOT NULL REFERENCES slip(slip_id),
    step            TEXT NOT NULL,          -- fetch | acknowledged | opinion | result | feedback
    idempotency_key TEXT NOT NULL UNIQUE,   -- sent as Idempotency-Key: a retry is applied once
    body            TEXT,                   -- the event JSON (none for fetch)
    status          TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | failed (needs a person)
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      TEXT NOT NULL,          -- next attempt (UTC ISO)
    last_error      TEXT,
    sent_at         TEXT,
    UNIQUE (slip_id, step)
);
"""


def utcnow() -> datetime:
    """The partner's own clock (it is a separate system: Yimen's signatures use real time too)."""
    return datetime.now(UTC)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


class Store:
    """A small repository over one SQLite file; a fresh connection per unit of work (thread-safe)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # the webhook route reads while the sender writes
            db.executescript(SCHEMA)  # executescript commits on its own
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: the webhook route and the worker never deadlock)."""
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    def receive(
        self, *, webhook_id: str, message: dict, answers: list[tuple[str, dict | None]], delay: float
    ) -> bool:
        """Record a verified message; a new slip.issued also queues its answers. False for a duplicate."""
        now = utcnow()
        data = message.get("data", {})
        with self.transaction() as db:
            fresh = db.execute(
                "INSERT INTO webhook_message (webhook_id, type, slip_id, received_at, payload)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (webhook_id) DO NOTHING",
                (
                    webhook_id,
                    message["type"],
                    data.get("slip_id"),
                    _iso(now),
                    json.dumps(message, ensure_ascii=False),
                ),
            ).rowcount
            if not fresh or message["type"] != "slip.issued":
                return bool(fresh)
            links = data["links"]
            known = db.execute(
                "INSERT INTO slip (slip_id, slip_number, case_number, kind, self_url, events_url, verify_url,"
                " due_date, state, received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?)"
                " ON CONFLICT (slip_id) DO NOTHING",
                (
                    data["slip_id"],
                    data["slip_number"],
                    data["case_number"],
                    data["kind"],
                    links["self"],
                    links["events"],
                    links.get("verify"),
                    data.get("due_date"),
                    _iso(now),
                    _iso(now),
                ),
            ).rowcount
            if known:  # a slip re-sent under a new webhook-id (a replay) is not answered twice
                for n, (step, body) in enumerate(answers):
                    db.execute(
                        "INSERT INTO outbox (slip_id, step, idempotency_key, body, not_before)"
                        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        (
                            data["slip_id"],
                            step,
                            f"partner-{data['slip_id']}-{step}",
                            json.dumps(body, ensure_ascii=False) if body is not None else None,
                            _iso(now + timedelta(seconds=delay * max(n - 1, 0))),
                        ),
                    )
        return True

    def next_due(self) -> sqlite3.Row | None:
        """The oldest pending answer that is due and whose slip has no earlier answer outstanding."""
        with self.transaction() as db:
            return db.execute(
                "SELECT * FROM outbox o WHERE o.status = 'pending' AND o.not_before <= ?"
                " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.slip_id = o.slip_id AND p.id < o.id"
                " AND p.status != 'sent') ORDER BY o.not_before, o.id LIMIT 1",
                (_iso(utcnow()),),
            ).fetchone()

    def sent(self, row_id: int, *, slip_id: int, state: str, details: dict | None = None) -> None:
        """The answer reached Yimen: mark it, and move our view of the slip on."""
        now = _iso(utcnow())
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL"
                " WHERE id = ?",
                (now, row_id),
            )
            db.execute("UPDATE slip SET state = ?, updated_at = ? WHERE slip_id = ?", (state, now, slip_id))
            if details is not None:
                db.execute(
                    "UPDATE slip SET item_name = ?, applicant_name = ?, opinion_due_date = ?,"
                    " feedback_due_date = ?, due_date = ? WHERE slip_id = ?",
                    (
                        details.get("item_name"),
                        details.get("applicant_name"),
                        details.get("opinion_due_date"),
                        details.get("feedback_due_date"),
                        details.get("due_date"),
                        slip_id,
                    ),
                )

    def retry(self, row_id: int, *, error: str, after: float) -> None:
        """A transient failure: try again after `after` seconds."""
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, not_before = ? WHERE id = ?",
                (error[:500], _iso(utcnow() + timedelta(seconds=after)), row_id),
            )

    def failed(self, row_id: int, *, error: str) -> None:
        """A refusal retrying cannot fix (409 out of order, 403, 404): a person must look at it."""
        with self.transaction() as db:
            db.execute(
                "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
                (error[:500], row_id),
            )

    def slips(self) -> list[dict]:
        """Every slip with its answers, newest first (the partner's own overview)."""
        with self.transaction() as db:
            slips = [dict(r) for r in db.execute("SELECT * FROM slip ORDER BY received_at DESC")]
            for slip in slips:
                slip["outbox"] = [
                    dict(r)
                    for r in db.execute(
                        "SELECT step, idempotency_key, status, attempts, not_before, last_error, sent_at"
                        " FROM outbox WHERE slip_id = ? ORDER BY id",
                        (slip["slip_id"],),
                    )
                ]
            return slips

    def messages(self) -> list[dict]:
        """Every accepted webhook, oldest first."""
        with self.transaction() as db:
            return [
                dict(r)
                for r in db.execute(
                    "SELECT webhook_id, type, slip_id, received_at FROM webhook_message ORDER BY received_at"
                )
            ]

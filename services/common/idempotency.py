"""Idempotency-Key support: the same key with the same body replays the first answer.

Each service declares its own table from `IdempotencyFields`.
"""

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from .clock import utcnow
from .errors import Invalid


class IdempotencyFields(SQLModel):
    """Columns of an idempotency table: who sent which key with which body, and what we answered."""

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=200)  # caller + operation, so two callers never share keys
    key: str = Field(max_length=200)
    fingerprint: str = Field(max_length=64)
    status_code: int
    response_body: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)


def idempotency_table_args(table: str) -> tuple:
    return (UniqueConstraint("scope", "key", name=f"uq_{table}_scope_key"),)


def fingerprint(body: Any) -> str:
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()


def find_replay(
    session: Session, model: type[IdempotencyFields], *, scope: str, key: str | None, body: Any
) -> tuple[int, Any] | None:
    """The stored (status, body) for this key, None if new; 422 if the key was used with another body."""
    if not key:
        return None
    if len(key) > 200:
        raise Invalid("Idempotency-Key 过长（最多 200 字符）", field="Idempotency-Key")
    record = session.exec(select(model).where(model.scope == scope, model.key == key)).first()
    if record is None:
        return None
    if record.fingerprint != fingerprint(body):
        raise Invalid("同一 Idempotency-Key 已用于不同的请求内容", field="Idempotency-Key")
    return record.status_code, json.loads(record.response_body)


def remember(
    session: Session,
    model: type[IdempotencyFields],
    *,
    scope: str,
    key: str | None,
    body: Any,
    status_code: int,
    response: Any,
) -> None:
    """Store the answer in the same transaction as the change it describes."""
    if not key:
        return
    session.add(
        model(
            scope=scope,
            key=key,
            fingerprint=fingerprint(body),
            status_code=status_code,
            response_body=json.dumps(response, ensure_ascii=False, default=str),
        )
    )
    session.flush()

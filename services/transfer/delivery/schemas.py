"""Delivery log schemas."""

from typing import Literal

from pydantic import BaseModel

from services.transfer.timefmt import UtcDateTime


class DeliveryAttempt(BaseModel):
    """One push of a slip message to a partner system."""

    outbox_id: int
    event_type: str
    department_id: str
    attempt: int
    at: UtcDateTime
    status_code: int | None
    latency_ms: int | None
    outcome: Literal["delivered", "failed", "dead", "skipped"]
    error: str | None


class MessageState(BaseModel):
    """A queued webhook message and where it stands."""

    outbox_id: int
    webhook_id: str
    event_type: str
    status: Literal["pending", "delivered", "dead", "held"]  # held: the endpoint is disabled
    attempts: int
    next_attempt_at: UtcDateTime
    last_error: str | None


class SlipDeliveries(BaseModel):
    """A slip's webhook messages and every attempt to deliver them."""

    slip_id: int
    messages: list[MessageState]
    attempts: list[DeliveryAttempt]


class ReplayResult(BaseModel):
    """How many messages were queued again."""

    slip_id: int
    replayed: int

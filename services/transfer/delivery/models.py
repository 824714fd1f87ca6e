"""Transfer's outbox, idempotency records, the per-slip delivery log and delivery alerts."""

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.common.idempotency import IdempotencyFields, idempotency_table_args
from services.common.outbox import OutboxFields
from services.transfer.base import TransferTable


class TransferOutbox(OutboxFields, TransferTable, table=True):
    """Messages that commit with the change that caused them: webhooks to partners, events to intake."""

    __tablename__ = "transfer_outbox"

    slip_id: int | None = Field(default=None, index=True)


class TransferIdempotency(IdempotencyFields, TransferTable, table=True):
    """Answers already given for an Idempotency-Key (case submissions, partner callbacks)."""

    __tablename__ = "transfer_idempotency"
    __table_args__ = idempotency_table_args("transfer_idempotency")


class SlipDelivery(TransferTable, table=True):
    """One attempt to push a slip message to a partner system: when, answer, latency."""

    __tablename__ = "slip_delivery"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(index=True)
    outbox_id: int = Field(index=True)
    department_id: str = Field(max_length=64)
    event_type: str = Field(max_length=64)
    attempt: int
    at: datetime = Field(default_factory=utcnow)
    status_code: int | None = None
    latency_ms: int | None = None
    outcome: str = Field(max_length=16)  # delivered | failed | dead | skipped
    error: str | None = Field(default=None, sa_type=Text)


class DeliveryAlert(TransferTable, table=True):
    """Raised when a partner endpoint is disabled after persistent failure; staff clear it."""

    __tablename__ = "delivery_alert"

    id: int | None = Field(default=None, primary_key=True)
    department_id: str = Field(max_length=64, index=True)
    kind: str = Field(max_length=32)
    detail: str = Field(sa_type=Text)
    at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None

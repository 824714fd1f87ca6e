"""The outbox of handoffs to transfer, idempotency records, and the slips transfer reported back."""

from datetime import datetime

from sqlmodel import Field

from services.common.clock import utcnow
from services.common.idempotency import IdempotencyFields, idempotency_table_args
from services.common.outbox import OutboxFields
from services.intake.base import IntakeTable


class IntakeOutbox(OutboxFields, IntakeTable, table=True):
    """Messages committed with the change that caused them (accepted case -> transfer)."""

    __tablename__ = "intake_outbox"


class IntakeIdempotency(IdempotencyFields, IntakeTable, table=True):
    """Answers remembered per Idempotency-Key."""

    __tablename__ = "intake_idempotency"
    __table_args__ = idempotency_table_args("intake_idempotency")


class CaseSlip(IntakeTable, table=True):
    """A slip transfer issued for one of our cases, with the last thing that happened to it."""

    __tablename__ = "case_slip"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    slip_id: int = Field(unique=True)
    number: str = Field(max_length=40)
    kind: str = Field(default="", max_length=16)
    receiver_name: str = Field(default="", max_length=100)
    last_event: str = Field(default="slip_issued", max_length=40)
    updated_at: datetime = Field(default_factory=utcnow)

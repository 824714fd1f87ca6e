"""Reminders (催办) and supervision (督办) records; one per slip, deadline and level, ever."""

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class SlipReminder(TransferTable, table=True):
    """Who was reminded (or put under supervision) about which deadline of which slip, and when."""

    __tablename__ = "slip_reminder"
    # the unique key is what keeps several sweep replicas from reminding twice
    __table_args__ = (
        UniqueConstraint("slip_id", "due_kind", "level", name="uq_slip_reminder_slip_kind_level"),
    )

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", index=True)
    due_kind: str = Field(max_length=16)
    due_date: date
    level: str = Field(max_length=16)  # reminder (催办) | supervision (督办)
    department_id: str = Field(max_length=64)
    reminded: str = Field(max_length=200)  # handler names, B included when A is away
    at: datetime = Field(default_factory=utcnow)

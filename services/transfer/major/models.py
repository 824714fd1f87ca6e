"""情况重大: a case reported to the district government, and its acknowledgement (seed 003)."""

from datetime import date, datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class MajorReport(TransferTable, table=True):
    """One report per case: who reported what when; the district's acknowledgement is due by a working day."""

    __tablename__ = "major_report"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.case_id", unique=True)
    summary: str = Field(sa_type=Text)
    reported_by: str = Field(max_length=64)
    reported_by_name: str = Field(max_length=64)
    reported_at: datetime = Field(default_factory=utcnow)
    due_date: date = Field(index=True)  # the acknowledgement is expected by then (working days)
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = Field(default=None, max_length=64)  # the official who received it
    recorded_by: str | None = Field(default=None, max_length=64)  # the account that recorded it
    note: str | None = Field(default=None, sa_type=Text)

"""Clock pauses, extensions, the administrator's calendar notices and the record of recomputations."""

from datetime import date, datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable

PAUSE_KINDS = {"applicant": "申请人原因暂停", "report_up": "上报上级审批"}


class ClockPause(IntakeTable, table=True):
    """Time not counted: caused by the applicant, or spent at a higher authority (上报件)."""

    __tablename__ = "clock_pause"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    kind: str = Field(max_length=16)
    reason: str = Field(sa_type=Text)
    start_date: date
    end_date: date | None = None
    recorded_by: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow)


class Extension(IntakeTable, table=True):
    """An approved extension: leader's written approval, reason, applicant told 3+ days ahead."""

    __tablename__ = "extension"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    approver: str = Field(max_length=64)
    reason: str = Field(sa_type=Text)
    extra_days: int
    original_due_date: date
    new_due_date: date
    applicant_notified_date: date
    recorded_by: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow)


class CalendarNotice(IntakeTable, table=True):
    """A State Council holiday notice for one year, loaded by an administrator."""

    __tablename__ = "calendar_notice"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    holidays: list = Field(sa_type=JSON)
    workdays: list = Field(sa_type=JSON)
    reference: str = Field(default="", max_length=200)
    loaded_by: str = Field(max_length=64)
    loaded_at: datetime = Field(default_factory=utcnow)


class DeadlineRecompute(IntakeTable, table=True):
    """A recomputation of open deadlines after a calendar change: what, by whom, how many changed."""

    __tablename__ = "deadline_recompute"

    id: int | None = Field(default=None, primary_key=True)
    year: int
    reason: str = Field(max_length=200)
    cases_checked: int
    cases_changed: int
    actor: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow)

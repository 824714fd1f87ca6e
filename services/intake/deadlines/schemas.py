"""Pause, resume, extension and calendar-notice requests; deadlines and calendar answers."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from services.intake.text import Body

CalendarSource = Literal["notice", "chinesecalendar", "weekends_only"]  # services/common/calendar.py SOURCE_*
PauseKind = Literal["applicant", "report_up"]  # deadlines.models.PAUSE_KINDS has the labels


class PauseRequest(Body):
    """Stop the clock: the applicant's delay, or time at a higher authority (上报件)."""

    kind: PauseKind = Field(examples=["applicant"])
    reason: str = Field(min_length=2, max_length=1000, examples=["申请人需补充外地户籍证明"])
    start_date: date | None = None


class ResumeRequest(Body):
    """Restart the clock (default today)."""

    end_date: date | None = Field(default=None, examples=["2026-12-03"])


class ExtendRequest(Body):
    """An extension: named approver, reason, extra working days, when the applicant was told."""

    approver: str = Field(min_length=2, max_length=64, examples=["街道分管领导 刘强"])
    reason: str = Field(min_length=2, max_length=1000)
    extra_days: int = Field(ge=1, le=60)
    applicant_notified_date: date


class NoticeUpload(Body):
    """A State Council notice: dates or "a..b" ranges."""

    year: int = Field(ge=2000, le=2100)
    holidays: list[str] = Field(max_length=400, examples=[["2027-01-01", "2027-02-06..2027-02-13"]])
    workdays: list[str] = Field(default=[], max_length=100, examples=[["2027-02-14"]])
    reference: str = Field(default="", max_length=200, examples=["国办发明电〔2026〕X号"])


class PausePublic(BaseModel):
    """A clock pause as the case page shows it."""

    id: int
    application_id: int
    kind: PauseKind
    kind_name: str = Field(examples=["申请人原因暂停"])
    reason: str
    start_date: date
    end_date: date | None = Field(description="空：仍在暂停中")
    recorded_by: str
    at: datetime


class ExtensionPublic(BaseModel):
    """An approved extension with the original and the new due date."""

    id: int
    application_id: int
    approver: str
    reason: str
    extra_days: int
    original_due_date: date
    new_due_date: date
    applicant_notified_date: date
    recorded_by: str
    at: datetime


class DeadlinePublic(BaseModel):
    """A case's deadlines as last computed, with the calendar basis and any warning."""

    received_date: date
    notice_due_date: date = Field(description="一次性告知期限：登记后5个工作日")
    accepted_date: date | None
    clock_start_date: date | None = Field(description="期限自此日的次日起算")
    time_limit_days: int | None
    extension_days: int
    due_date: date | None
    days_left: int | None = Field(description="剩余工作日（计时中才有；负数为已逾期）")
    overdue: bool
    near_due: bool = Field(description="3个工作日内到期")
    paused: bool
    warnings: list[str] = Field(examples=[["2027年节假日安排尚未导入，期限仅按周末推算，可能不准确"]])
    basis: str = Field(examples=["2026年: 国务院办公厅节假日安排通知（管理员导入）"])


class DueDatePublic(BaseModel):
    """The date N working days after a start date, and the calendar data it rests on."""

    start_date: date
    working_days: int
    due_date: date
    warnings: list[str]
    basis: str
    sources: dict[str, CalendarSource] = Field(
        description="年份 → 所用日历数据", examples=[{"2026": "notice"}]
    )

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "start_date": "2026-09-30",
                    "working_days": 5,
                    "due_date": "2026-10-14",
                    "warnings": [],
                    "basis": "2026年: 国务院办公厅节假日安排通知（管理员导入）",
                    "sources": {"2026": "notice"},
                }
            ]
        }
    }


class CalendarYearPublic(BaseModel):
    """One year's holidays and make-up working days, where they come from, and a warning if guessed."""

    year: int
    source: CalendarSource
    reference: str = Field(examples=["国办发明电〔2025〕7号"])
    holidays: list[date]
    workdays: list[date] = Field(description="调休上班的周末")
    warning: str | None = Field(description="无当年节假日数据时的提示")


class CalendarNoticePublic(BaseModel):
    """A State Council notice as an administrator loaded it (transfer loads these at start)."""

    year: int
    holidays: list[date]
    workdays: list[date]
    reference: str

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "year": 2027,
                    "holidays": ["2027-01-01", "2027-02-06", "2027-02-07"],
                    "workdays": ["2027-02-14"],
                    "reference": "国办发明电〔2026〕X号",
                }
            ]
        }
    }


class RecomputeSummary(BaseModel):
    """How many open deadlines a calendar change touched and changed."""

    year: int
    cases_checked: int
    cases_changed: int
    at: datetime


class NoticeUploadResult(BaseModel):
    """The stored notice and the recomputation it caused."""

    notice: CalendarNoticePublic
    recompute: RecomputeSummary


class RecomputationPublic(BaseModel):
    """One recomputation of open deadlines after a calendar change (the record kept for audit)."""

    id: int
    year: int
    reason: str
    cases_checked: int
    cases_changed: int
    actor: str
    at: datetime

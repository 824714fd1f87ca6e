"""Pause, resume, extension and calendar-notice requests."""

from datetime import date
from typing import Literal

from pydantic import Field

from services.intake.text import Body


class PauseRequest(Body):
    """Stop the clock: the applicant's delay, or time at a higher authority (上报件)."""

    kind: Literal["applicant", "report_up"]
    reason: str = Field(min_length=2, max_length=1000)
    start_date: date | None = None


class ResumeRequest(Body):
    end_date: date | None = None


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

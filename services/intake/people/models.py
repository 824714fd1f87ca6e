"""The people's side: ratings (好差评), complaints (找茬) and progress-query attempts (rate limit)."""

from datetime import date, datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable

LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


class Rating(IntakeTable, table=True):
    """One rating per concluded case, attributed to its window and first responder."""

    __tablename__ = "rating"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", unique=True)
    level: int
    comment: str = Field(default="", sa_type=Text)
    window_region: str = Field(max_length=12, index=True)
    staff_username: str = Field(max_length=64, index=True)
    at: datetime = Field(default_factory=utcnow)


class Complaint(IntakeTable, table=True):
    """A 找茬 complaint with its own number, handler, deadline and reply."""

    __tablename__ = "complaint"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=32, unique=True)
    channel: str = Field(max_length=16)  # online | window
    region: str = Field(max_length=12, index=True)
    complainant_name: str = Field(default="", max_length=64)
    contact: str = Field(default="", max_length=64)
    case_number: str | None = Field(default=None, max_length=40)
    content: str = Field(sa_type=Text)
    received_date: date
    due_date: date
    handler: str | None = Field(default=None, max_length=64)
    reply: str | None = Field(default=None, sa_type=Text)
    replied_by: str | None = Field(default=None, max_length=64)
    replied_at: datetime | None = None
    status: str = Field(default="open", max_length=16)
    recorded_by: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class ProgressAttempt(IntakeTable, table=True):
    """One public progress query, kept to limit guessing of case numbers and ID digits."""

    __tablename__ = "progress_attempt"

    id: int | None = Field(default=None, primary_key=True)
    client: str = Field(max_length=64, index=True)
    case_number: str = Field(max_length=40, index=True)
    success: bool
    at: datetime = Field(default_factory=utcnow, index=True)


class CaseTally(IntakeTable, table=True):
    """Cases per window street, month received and status (item_code ""), and item rows per street, month,
    status and item.

    The statistics' roll-up. Database triggers on application and application_item log every change that
    moves a count (case_tally_change); statistics fold that log in before reading, so the tally is exact
    at read time without the write path knowing about it (people/tally.py)."""

    __tablename__ = "case_tally"

    window_region: str = Field(primary_key=True, max_length=12)
    month: date = Field(primary_key=True)  # the first of the month
    status: str = Field(primary_key=True, max_length=24)
    item_code: str = Field(primary_key=True, max_length=64)  # "" for the cases themselves
    item_name: str = Field(primary_key=True, max_length=100)
    cases: int = 0  # cases, or item rows on an item's line
    accepted: int = 0  # cases with an acceptance date


class CaseTallyChange(IntakeTable, table=True):
    """One change to the tally not yet folded in (+1 / -1 per count), written by the triggers only."""

    __tablename__ = "case_tally_change"

    id: int | None = Field(default=None, primary_key=True)
    window_region: str = Field(max_length=12)
    month: date
    status: str = Field(max_length=24)
    item_code: str = Field(max_length=64)
    item_name: str = Field(max_length=100)
    cases: int = 0
    accepted: int = 0

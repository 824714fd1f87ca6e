"""Proactive discovery (主动发现): households in difficulty, visits to them, photos of what was seen."""

from datetime import date, datetime

from sqlalchemy import LargeBinary, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable
from services.intake.consultations.models import Consultation  # noqa: F401  (the table a visit's consultation_id names)


class Household(IntakeTable, table=True):
    """A household followed by the village's agents and grid workers (民情走访对象)."""

    __tablename__ = "household"

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(max_length=12, index=True)  # town
    community: str = Field(max_length=100, index=True)
    head_name: str = Field(max_length=64)
    id_number: str | None = Field(default=None, max_length=18, unique=True)
    phone: str = Field(default="", max_length=32)
    address: str = Field(default="", max_length=200)
    situation: str = Field(default="", sa_type=Text)
    # visits per week the plan asks for (seed 001: 每周不少于3次入户走访); 0 = no fixed plan
    visits_per_week: int = 0
    watch: bool = Field(default=False, index=True)
    watch_reason: str | None = Field(default=None, max_length=32)  # WatchReason
    watch_note: str | None = Field(default=None, max_length=500)
    watch_since: date | None = None
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)


class OutreachVisit(IntakeTable, table=True):
    """One visit to a household: what was found, how risky (民情走访日志)."""

    __tablename__ = "outreach_visit"

    id: int | None = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    region: str = Field(max_length=12, index=True)
    visitor_username: str = Field(max_length=64, index=True)
    visitor_name: str = Field(max_length=64)
    visit_date: date = Field(index=True)
    situation: str = Field(sa_type=Text)
    risk_level: str = Field(max_length=16)  # RiskLevel
    application_id: int | None = Field(default=None, foreign_key="application.id")
    consultation_id: int | None = Field(default=None, foreign_key="consultation.id")
    created_at: datetime = Field(default_factory=utcnow)


class VisitPhoto(IntakeTable, table=True):
    """A photo taken on a visit (checked type and size; kept in the database like other records)."""

    __tablename__ = "visit_photo"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="outreach_visit.id", index=True)
    content_type: str = Field(max_length=32)
    size: int
    content: bytes = Field(sa_type=LargeBinary)
    created_at: datetime = Field(default_factory=utcnow)

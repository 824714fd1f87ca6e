"""The visitor and consultation register (来访登记 / 咨询台账): every visit or call, even without an application."""

from datetime import date, datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class Consultation(IntakeTable, table=True):
    """One visit, call or online question, who answered it (首问责任人) and what was told."""

    __tablename__ = "consultation"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)
    region: str = Field(max_length=12, index=True)  # the first responder's window
    channel: str = Field(max_length=16, index=True)  # a ConsultationChannel value
    status: str = Field(max_length=16, index=True)  # a ConsultationStatus value
    visitor_name: str = Field(max_length=64)
    contact: str = Field(default="", max_length=64)
    id_number: str | None = Field(default=None, max_length=18)
    hukou_region: str | None = Field(default=None, max_length=12)
    matter: str = Field(sa_type=Text)
    items: list = Field(default_factory=list, sa_type=JSON)  # [{"code","name"}] from the catalogue
    answer: str = Field(default="", sa_type=Text)
    # the one-time notice given (一次性告知制度 第六条: also on the phone, and recorded)
    notice_materials: list = Field(default_factory=list, sa_type=JSON)
    staff_username: str = Field(max_length=64, index=True)
    staff_name: str = Field(max_length=64)
    at: datetime = Field(index=True)
    visit_date: date = Field(index=True)  # the Beijing date of `at`, for filters and statistics
    follow_up_due_date: date | None = Field(default=None, index=True)
    followed_up_at: datetime | None = None
    follow_up_note: str | None = Field(default=None, sa_type=Text)
    followed_up_by: str | None = Field(default=None, max_length=64)
    application_id: int | None = Field(default=None, foreign_key="application.id")
    case_number: str | None = Field(default=None, max_length=40)
    created_at: datetime = Field(default_factory=utcnow)


class ConsultationAccess(IntakeTable, table=True):
    """Who read a consultation's personal data (contact, ID number), and when."""

    __tablename__ = "consultation_access"

    id: int | None = Field(default=None, primary_key=True)
    consultation_id: int = Field(foreign_key="consultation.id", index=True)
    actor: str = Field(max_length=64)
    role: str = Field(max_length=32)
    action: str = Field(max_length=40)
    at: datetime = Field(default_factory=utcnow)

"""Applications (申请), their household, requested items, status history, timeline and data-access log."""

from datetime import date, datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class Counter(IntakeTable, table=True):
    """Last number handed out per (kind, region, year); updated in the applicant's own transaction."""

    __tablename__ = "counter"

    scope: str = Field(primary_key=True, max_length=16)
    region: str = Field(primary_key=True, max_length=12)
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    last_value: int = 0


class Application(IntakeTable, table=True):
    """One request for help, registered at a window, with its deadlines as last computed."""

    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    case_number: str = Field(max_length=40, unique=True)
    status: str = Field(default="draft", max_length=24, index=True)  # an ApplicationStatus value
    window_region: str = Field(max_length=12, index=True)
    window_level: str = Field(max_length=12)
    applicant_name: str = Field(max_length=64)
    applicant_id_number: str = Field(max_length=18, index=True)
    phone: str = Field(max_length=32)
    hukou_region: str = Field(max_length=12)
    difficulty: str = Field(sa_type=Text)
    emergency: bool = False
    dont_know: bool = False
    suggestions: list = Field(default_factory=list, sa_type=JSON)
    channel: str = Field(default="window", max_length=16)  # a Channel value
    agent_name: str | None = Field(default=None, max_length=64)
    agent_id_number: str | None = Field(default=None, max_length=18)
    agent_authorisation: str | None = Field(
        default=None, max_length=200
    )  # reference of the signed authorisation
    community_name: str | None = Field(default=None, max_length=100)
    first_responder_username: str = Field(max_length=64, index=True)
    first_responder_name: str = Field(max_length=64)
    received_date: date = Field(index=True)
    notice_due_date: date  # the one-time notice is due within 5 working days of receipt
    provided_materials: list = Field(default_factory=list, sa_type=JSON)
    duplicate_findings: list = Field(default_factory=list, sa_type=JSON)
    duplicate_ack_reason: str | None = Field(default=None, sa_type=Text)
    duplicate_check_incomplete: bool = False
    notice_omission: bool = False  # a supplement brought a material the notice had not asked for
    accepted_date: date | None = None
    receipt_number: str | None = Field(default=None, max_length=48)
    clock_start_date: date | None = None
    time_limit_days: int | None = None
    extension_days: int = 0
    due_date: date | None = Field(default=None, index=True)
    due_warnings: list = Field(default_factory=list, sa_type=JSON)
    due_basis: str = Field(default="", max_length=300)
    not_accept_reason: str | None = Field(default=None, sa_type=Text)
    not_accept_basis: str | None = Field(default=None, max_length=300)
    concluded_date: date | None = None
    handed_over_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ApplicationMember(IntakeTable, table=True):
    """A household member (the applicant is one, relation 本人): whose ID the duplicate guard checks."""

    __tablename__ = "application_member"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    name: str = Field(max_length=64)
    id_number: str = Field(max_length=18, index=True)
    relation: str = Field(max_length=16)


class ApplicationItem(IntakeTable, table=True):
    """An assistance item applied for, with the catalogue facts at the time of application."""

    __tablename__ = "application_item"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    item_code: str = Field(max_length=64, index=True)
    item_name: str = Field(max_length=100)
    case_type: str = Field(default="promised", max_length=16)
    time_limit_days: int = 20
    exclusive_with: list = Field(default_factory=list, sa_type=JSON)


class StatusChange(IntakeTable, table=True):
    """Audited status history: who moved the case, when, from what to what, and why."""

    __tablename__ = "status_change"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    from_status: str | None = Field(default=None, max_length=24)
    to_status: str = Field(max_length=24)
    actor: str = Field(max_length=64)
    actor_name: str = Field(default="", max_length=64)
    reason: str = Field(default="", sa_type=Text)
    at: datetime = Field(default_factory=utcnow)


class TimelineEntry(IntakeTable, table=True):
    """Everything that happened to a case, in order (ours and transfer's slip events)."""

    __tablename__ = "timeline_entry"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    kind: str = Field(max_length=40)
    detail: str = Field(default="", sa_type=Text)
    actor: str = Field(default="", max_length=64)
    event_id: str | None = Field(default=None, max_length=100, unique=True)  # transfer's events arrive once
    slip_number: str | None = Field(default=None, max_length=40)
    # the department's 致申请人 text on its feedback: the public progress page shows it (masked)
    to_applicant: str | None = Field(default=None, sa_type=Text)
    at: datetime = Field(default_factory=utcnow)


class DataAccess(IntakeTable, table=True):
    """Who read or changed which case's personal data (个人信息访问记录)."""

    __tablename__ = "data_access"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    actor: str = Field(max_length=64)
    role: str = Field(max_length=32)
    action: str = Field(max_length=40)
    at: datetime = Field(default_factory=utcnow)

"""Online self-application (网上申请): phone verification codes and the street's queue of submissions."""

from datetime import date, datetime

from sqlalchemy import JSON, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class PhoneVerification(IntakeTable, table=True):
    """One SMS code sent to a phone for one ID number; only its hash is kept."""

    __tablename__ = "phone_verification"

    id: int | None = Field(default=None, primary_key=True)
    phone: str = Field(max_length=20, index=True)
    subject_hash: str = Field(max_length=64)  # HMAC of the ID number the code was asked for
    code_hash: str = Field(max_length=64)
    client: str = Field(max_length=64, index=True)  # the browser's address (send limits)
    sent_at: datetime = Field(index=True)
    expires_at: datetime
    attempts: int = 0
    used_at: datetime | None = None  # consumed by a submission, superseded, or spent by wrong guesses


class OnlineApplication(IntakeTable, table=True):
    """A resident's application from the public site, waiting for a window of its street to confirm."""

    __tablename__ = "online_application"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=40, unique=True)
    region: str = Field(max_length=12, index=True)  # the street whose queue it lands in
    status: str = Field(default="submitted", max_length=16, index=True)  # an OnlineApplicationStatus value
    applicant_name: str = Field(max_length=64)
    applicant_id_number: str = Field(max_length=18, index=True)
    phone: str = Field(max_length=20)
    hukou_region: str = Field(max_length=12)
    members: list = Field(default_factory=list, sa_type=JSON)  # [{"name","id_number","relation"}]
    difficulty: str = Field(sa_type=Text)
    item_codes: list = Field(default_factory=list, sa_type=JSON)
    dont_know: bool = False
    emergency: bool = False
    submitted_at: datetime
    submitted_date: date = Field(index=True)  # the Beijing date: the date the application was received
    handled_by: str | None = Field(default=None, max_length=64)
    handled_name: str | None = Field(default=None, max_length=64)
    handled_at: datetime | None = None
    close_reason: str | None = Field(default=None, sa_type=Text)
    application_id: int | None = Field(default=None, foreign_key="application.id")
    case_number: str | None = Field(default=None, max_length=40)
    created_at: datetime = Field(default_factory=utcnow)

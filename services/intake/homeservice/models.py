"""Home-service tasks (上门服务): the window goes to an applicant who cannot come."""

from datetime import date, datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class HomeTask(IntakeTable, table=True):
    """A visit instead of a window visit, for the elderly, sick or disabled (seed 000)."""

    __tablename__ = "home_task"

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(max_length=12, index=True)  # the town whose window owns the task
    person_name: str = Field(max_length=64)
    phone: str = Field(default="", max_length=32)
    address: str = Field(max_length=200)
    reason: str = Field(max_length=16)  # HomeServiceReason
    matter: str = Field(max_length=200)
    requested_date: date
    status: str = Field(default="open", max_length=16, index=True)  # HomeTaskStatus
    assignee_username: str | None = Field(default=None, max_length=64, index=True)
    assignee_name: str | None = Field(default=None, max_length=64)
    result: str | None = Field(default=None, sa_type=Text)
    visited_date: date | None = None
    application_id: int | None = Field(default=None, foreign_key="application.id")
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

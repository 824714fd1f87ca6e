"""Staff accounts: who works at which window or department, with which role."""

from datetime import datetime

from sqlmodel import Field

from services.common.outbox import utcnow
from services.intake.base import IntakeTable


class StaffAccount(IntakeTable, table=True):
    """A staff member who logs in to the web front or calls the API."""

    __tablename__ = "staff_account"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(max_length=64)
    role: str = Field(max_length=32)
    region: str = Field(max_length=12)
    department_id: str | None = Field(default=None, max_length=64)
    password_hash: str = Field(max_length=200)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)

"""Staff accounts: who works at which window or department, with which role."""

from datetime import datetime

from sqlmodel import Field

from services.common.clock import utcnow
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


class Throttle(IntakeTable, table=True):
    """Failures (or public submissions) counted per key across every replica: lockout with back-off."""

    __tablename__ = "throttle"

    key: str = Field(primary_key=True, max_length=120)  # login:user:<name> | login:addr:<ip> | complaint:<ip>
    count: int = 0
    last_at: datetime
    locked_until: datetime | None = None


class RevokedToken(IntakeTable, table=True):
    """A signed token given back on logout: refused until it would have expired anyway."""

    __tablename__ = "revoked_token"

    jti: str = Field(primary_key=True, max_length=64)
    expires_at: datetime = Field(index=True)  # rows past this can go: the token is dead by itself

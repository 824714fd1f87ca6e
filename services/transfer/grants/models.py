"""Grants actually paid: the record behind the 2-per-year / ¥30,000 rule and the duplicate-aid guard."""

from datetime import date, datetime

from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class Grant(TransferTable, table=True):
    """A payment recorded when a slip is handled with an approved amount."""

    __tablename__ = "grant_record"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", unique=True)
    case_number: str = Field(max_length=40)
    item_code: str = Field(max_length=64, index=True)
    applicant_id_number: str = Field(max_length=18)
    amount_fen: int
    grant_date: date = Field(index=True)
    created_at: datetime = Field(default_factory=utcnow)


class GrantMember(TransferTable, table=True):
    """Each household member's ID number on a grant, so any member's number finds it."""

    __tablename__ = "grant_member"

    id: int | None = Field(default=None, primary_key=True)
    grant_id: int = Field(foreign_key="grant_record.id", index=True)
    id_number: str = Field(max_length=18, index=True)


class DataAccess(TransferTable, table=True):
    """One look-up by ID number (grants summary): allowed district-wide, so every one is recorded.

    Append-only. The numbers are kept as a keyed hash (searchable) and masked, never in clear.
    """

    __tablename__ = "data_access"

    id: int | None = Field(default=None, primary_key=True)
    actor: str = Field(max_length=100, index=True)
    role: str = Field(max_length=32)
    actor_region: str = Field(default="", max_length=12)
    department_id: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=40, index=True)
    household_key: str = Field(max_length=64, index=True)
    household: str = Field(max_length=32)
    row_count: int | None = None
    at: datetime = Field(default_factory=utcnow, index=True)

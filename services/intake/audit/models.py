"""The read audit of lists and look-ups (who listed, searched or exported which households); append-only."""

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class ReadAudit(IntakeTable, table=True):
    """One ledger listing, export, print or ID-number look-up; written once, never updated or deleted."""

    __tablename__ = "read_audit"

    id: int | None = Field(default=None, primary_key=True)
    actor: str = Field(max_length=64, index=True)
    role: str = Field(max_length=32)
    actor_region: str = Field(default="", max_length=12, index=True)
    action: str = Field(max_length=40, index=True)  # an ACTIONS key
    filters: str = Field(default="", sa_type=Text)  # ID numbers and phones masked
    row_count: int | None = None
    # keyed hash of the normalised ID number or phone looked up: searchable, yet not stored in clear
    household_key: str | None = Field(default=None, max_length=64, index=True)
    household: str = Field(default="", max_length=32)  # the masked form, for the reader of the audit
    at: datetime = Field(default_factory=utcnow, index=True)

"""One-time notices (一次性告知清单) and the supplements (补正) that answer them."""

from datetime import date, datetime

from sqlalchemy import JSON
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class OneTimeNotice(IntakeTable, table=True):
    """The numbered list of EVERY missing material, immutable once issued; its issuer is accountable."""

    __tablename__ = "one_time_notice"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", unique=True)
    number: str = Field(max_length=48, unique=True)
    missing: list = Field(sa_type=JSON)  # [{code, name, copies, original, reasons}]
    provided: list = Field(default_factory=list, sa_type=JSON)
    issued_by: str = Field(max_length=64)
    issued_by_name: str = Field(max_length=64)
    issued_date: date
    due_date: date  # 5 working days after receipt
    issued_at: datetime = Field(default_factory=utcnow)


class Supplement(IntakeTable, table=True):
    """Materials brought after the notice; `omitted` lists any the notice failed to ask for."""

    __tablename__ = "supplement"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    seq: int
    received_date: date
    materials: list = Field(sa_type=JSON)
    omitted: list = Field(default_factory=list, sa_type=JSON)
    recorded_by: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow)


class ToleratedAcceptance(IntakeTable, table=True):
    """容缺受理: accepted with named materials still missing, for a stated reason, to be brought by a date."""

    __tablename__ = "tolerated_acceptance"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", unique=True)
    reason: str = Field(max_length=500)
    materials: list = Field(sa_type=JSON)  # [{code, name}] still missing at acceptance
    due_date: date  # the missing materials are due by then
    decided_by: str = Field(max_length=64)
    decided_by_name: str = Field(max_length=64)
    decided_at: datetime = Field(default_factory=utcnow)
    received: list = Field(default_factory=list, sa_type=JSON)  # codes brought since
    completed_at: datetime | None = None

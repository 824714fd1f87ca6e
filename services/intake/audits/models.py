"""Random audits (三随机抽查): a drawn sample, its cases, the auditor picked for each and the finding."""

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class AuditSample(IntakeTable, table=True):
    """One draw: the inputs that reproduce it, who drew it and when."""

    __tablename__ = "audit_sample"

    id: int | None = Field(default=None, primary_key=True)
    seed: int = Field(sa_type=BigInteger)  # 0 … 2**63-1, checked by the schema
    size: int
    region: str = Field(max_length=12, index=True)
    item_code: str | None = Field(default=None, max_length=64)
    date_from: date | None = None
    date_to: date | None = None
    population: int  # how many cases the sample was drawn from
    auditors: list = Field(default_factory=list, sa_type=JSON)  # the pool 随机选派 picked from
    drawn_by: str = Field(max_length=64)
    drawn_by_name: str = Field(default="", max_length=64)
    drawn_at: datetime = Field(default_factory=utcnow)


class AuditCase(IntakeTable, table=True):
    """A case in a sample, in draw order, with its auditor and (once recorded) the finding."""

    __tablename__ = "audit_case"

    id: int | None = Field(default=None, primary_key=True)
    sample_id: int = Field(foreign_key="audit_sample.id", index=True)
    position: int  # 1-based place in the draw
    application_id: int = Field(foreign_key="application.id", index=True)
    street: str = Field(max_length=12, index=True)
    item_code: str = Field(default="", max_length=64)
    auditor: str | None = Field(default=None, max_length=64)
    outcome: str | None = Field(default=None, max_length=16)  # ok | problem, None until recorded
    category: str | None = Field(default=None, max_length=32)
    finding: str = Field(default="", sa_type=Text)
    recorded_by: str | None = Field(default=None, max_length=64)
    recorded_at: datetime | None = None

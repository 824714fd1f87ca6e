"""Rule tables: parameter values with effective dates, and rule set versions."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.eligibility.base import EligibilityTable


class RuleParameter(EligibilityTable, table=True):
    """A parameter's value from a date on; a correction supersedes a row, never rewrites it."""

    __tablename__ = "rule_parameter"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, index=True)
    label: str = Field(default="", max_length=100)
    unit: str = Field(max_length=8)  # money (value in fen) | count
    value: int = Field(sa_column=Column(BigInteger, nullable=False))
    effective_from_date: date
    note: str = Field(default="", max_length=500)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    superseded_at: datetime | None = None


class RuleSet(EligibilityTable, table=True):
    """One version of an item's rules (facts, parameters, conditions as data)."""

    __tablename__ = "rule_set"
    __table_args__ = (UniqueConstraint("item_code", "version", name="uq_rule_set_item_version"),)

    id: int | None = Field(default=None, primary_key=True)
    item_code: str = Field(max_length=64, index=True)
    version: int
    definition: dict[str, Any] = Field(sa_type=JSON)
    note: str = Field(default="", max_length=500)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)

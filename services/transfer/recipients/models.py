"""The recipients roster (在册): approved 低保/特困 households paid every month, and their annual review."""

from datetime import date, datetime

from sqlalchemy import JSON, Text, UniqueConstraint
from sqlmodel import Column, Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable

ROSTER_ITEMS = {"urban_dibao": "城市低保", "rural_dibao": "农村低保", "tekun": "特困人员救助供养"}


class Recipient(TransferTable, table=True):
    """One household on the roster: its item, monthly amount, from which month, members and bank account."""

    __tablename__ = "recipient"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", unique=True)
    case_number: str = Field(max_length=40)
    street_region: str = Field(max_length=12, index=True)
    item_code: str = Field(max_length=64, index=True)
    head_name: str = Field(max_length=64)
    head_id_number: str = Field(max_length=18, index=True)
    members: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    account: str = Field(max_length=40)
    amount_fen: int
    start_month: str = Field(max_length=7)
    end_month: str | None = Field(default=None, max_length=7)  # last month paid, once stopped
    status: str = Field(default="active", max_length=16, index=True)  # active | stopped
    facts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    facts_updated_on: date | None = None
    stop_reason: str = Field(default="", sa_type=Text)
    created_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow)


class ReviewTask(TransferTable, table=True):
    """年审: a recipient whose re-evaluation changed; staff decide continue / adjust / stop."""

    __tablename__ = "review_task"
    __table_args__ = (UniqueConstraint("recipient_id", "year", name="uq_review_task_recipient_year"),)

    id: int | None = Field(default=None, primary_key=True)
    recipient_id: int = Field(foreign_key="recipient.id", index=True)
    street_region: str = Field(max_length=12, index=True)
    year: int
    outcome: str = Field(max_length=16)  # the evaluation: ineligible | needs_facts | error
    rule_version: str = Field(default="", max_length=80)
    findings: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="open", max_length=16, index=True)  # open | decided
    decision: str | None = Field(default=None, max_length=16)  # continue | adjust | stop
    new_amount_fen: int | None = None
    reason: str = Field(default="", sa_type=Text)
    decided_by: str = Field(default="", max_length=100)
    decided_by_name: str = Field(default="", max_length=64)
    decided_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)

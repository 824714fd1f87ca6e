"""Payments through the agent bank (社会化发放, seed 000 §七): what is owed, the monthly list, the bank's answer."""

from datetime import date, datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class Payment(TransferTable, table=True):
    """One amount owed to one payee: a one-time grant, or one month of a roster recipient's benefit.

    scheduled → listed (on a disbursement list) → paid | failed; a failed one is corrected and re-issued
    (back to scheduled), never silently dropped. Only the bank's return file makes it paid.
    """

    __tablename__ = "payment"
    __table_args__ = (UniqueConstraint("recipient_id", "month", name="uq_payment_recipient_month"),)

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(max_length=40, unique=True)
    street_region: str = Field(max_length=12, index=True)
    item_code: str = Field(max_length=64, index=True)
    month: str = Field(max_length=7, index=True)  # 发放月份 YYYY-MM
    grant_id: int | None = Field(default=None, foreign_key="grant_record.id", unique=True)
    recipient_id: int | None = Field(default=None, foreign_key="recipient.id", index=True)
    slip_id: int | None = Field(default=None, foreign_key="slip.id")
    payee_name: str = Field(max_length=64)
    payee_id_number: str = Field(max_length=18)
    account: str = Field(default="", max_length=40)
    amount_fen: int
    status: str = Field(default="scheduled", max_length=16, index=True)
    failure_reason: str = Field(default="", max_length=300)
    attempts: int = 0
    paid_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DisbursementList(TransferTable, table=True):
    """发放名册: one street, one item, one month; a draft until locked, frozen once locked (then exported)."""

    __tablename__ = "disbursement_list"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=80, unique=True)
    street_region: str = Field(max_length=12, index=True)
    item_code: str = Field(max_length=64, index=True)
    month: str = Field(max_length=7, index=True)
    state: str = Field(default="draft", max_length=16)  # draft | locked
    line_count: int = 0
    total_fen: int = 0
    created_by: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow)
    locked_by: str = Field(default="", max_length=100)
    locked_at: datetime | None = None
    exported_at: datetime | None = None
    returned_at: datetime | None = None


class DisbursementLine(TransferTable, table=True):
    """One payment on one list as sent to the bank (a re-issue is a new line with a new reference)."""

    __tablename__ = "disbursement_line"

    id: int | None = Field(default=None, primary_key=True)
    list_id: int = Field(foreign_key="disbursement_list.id", index=True)
    payment_id: int = Field(foreign_key="payment.id", index=True)
    reference: str = Field(max_length=40, unique=True)
    account: str = Field(max_length=40)
    name: str = Field(max_length=64)
    amount_fen: int
    result: str = Field(default="pending", max_length=16)  # pending | paid | failed
    reason: str = Field(default="", sa_type=Text)

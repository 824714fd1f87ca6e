"""Cases received from intake, the slips (通知单) issued for them, and each slip's history."""

from datetime import date, datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class TransferCase(TransferTable, table=True):
    """An accepted case as intake sent it; the first responder's window keeps ownership."""

    __tablename__ = "transfer_case"

    case_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    case_number: str = Field(max_length=40, index=True)
    window_region: str = Field(max_length=12, index=True)
    window_level: str = Field(max_length=12)
    first_responder_username: str = Field(max_length=64)
    first_responder_name: str = Field(max_length=64)
    applicant_name: str = Field(max_length=64)
    applicant_id_number: str = Field(max_length=18)
    applicant_phone: str = Field(default="", max_length=32)
    hukou_region: str = Field(max_length=12)
    community: str | None = Field(default=None, max_length=100)  # 村（社区）: shown in 公示 (seed 004)
    household_id_numbers: str = Field(default="[]", sa_type=Text)  # JSON list
    difficulty: str = Field(default="", sa_type=Text)
    emergency: bool = False
    accepted_date: date
    due_date: date
    # emergency cases: paperwork (补齐手续) is completed after the aid, on its own deadline
    paperwork_due_date: date | None = None
    paperwork_completed_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Slip(TransferTable, table=True):
    """One 通知单: one item handed from a sender to a receiver, with its state and deadlines."""

    __tablename__ = "slip"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=32, unique=True)
    verify_code: str = Field(max_length=32, unique=True)
    kind: str = Field(max_length=16, index=True)
    case_id: int = Field(foreign_key="transfer_case.case_id", index=True)
    case_number: str = Field(max_length=40)
    parent_slip_id: int | None = Field(default=None, foreign_key="slip.id", index=True)
    item_code: str = Field(max_length=64)
    item_name: str = Field(max_length=100)
    time_limit_days: int = 20
    sender_department_id: str | None = Field(default=None, max_length=64)
    sender_name: str = Field(max_length=100)
    sender_region: str = Field(max_length=12, index=True)
    receiver_id: str = Field(foreign_key="department.id", index=True, max_length=64)
    receiver_name: str = Field(max_length=100)
    receiver_region: str = Field(max_length=12, index=True)
    handler: str = Field(default="", max_length=64)  # A, or B when A was away at issue
    route_reason: str = Field(default="", sa_type=Text)
    state: str = Field(default="issued", max_length=16, index=True)
    # the deadline that is running now, and what it is for (opinion / handling / feedback)
    due_kind: str | None = Field(default="opinion", max_length=16)
    due_date: date | None = Field(default=None, index=True)
    opinion_due_date: date | None = None
    item_due_date: date | None = None
    feedback_due_date: date | None = None
    issued_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = Field(default=None, max_length=64)
    opinion: str | None = Field(default=None, sa_type=Text)
    opinion_at: datetime | None = None
    result: str | None = Field(default=None, max_length=16)  # approved | denied
    amount_fen: int | None = None
    result_reason: str | None = Field(default=None, sa_type=Text)
    handled_at: datetime | None = None
    feedback_to_applicant: str | None = Field(default=None, sa_type=Text)
    feedback_to_window: str | None = Field(default=None, sa_type=Text)
    signed_by: str | None = Field(default=None, max_length=64)
    feedback_at: datetime | None = None
    returned_reason: str | None = Field(default=None, sa_type=Text)
    returned_at: datetime | None = None
    successor_slip_id: int | None = None  # the slip this one was forwarded or re-routed to
    # the deadline sweep's bookmark: the highest level (reminder 催办 / supervision 督办) on record for the
    # deadline kind named here; a slip whose running deadline is under supervision is never read again
    reminded_due_kind: str | None = Field(default=None, max_length=16)
    reminded_level: str | None = Field(default=None, max_length=16)
    updated_at: datetime = Field(default_factory=utcnow)


class SlipEvent(TransferTable, table=True):
    """One step in a slip's history (kept forever, also when a slip is returned and re-routed)."""

    __tablename__ = "slip_event"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", index=True)
    kind: str = Field(max_length=32)
    actor: str = Field(max_length=100)
    detail: str = Field(sa_type=Text)
    at: datetime = Field(default_factory=utcnow)


class SlipAccess(TransferTable, table=True):
    """Audit of who read a slip's personal details (partners fetch them with their token)."""

    __tablename__ = "slip_access"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", index=True)
    subject: str = Field(max_length=100)
    role: str = Field(max_length=32)
    department_id: str | None = Field(default=None, max_length=64)
    at: datetime = Field(default_factory=utcnow)


class SlipSequence(TransferTable, table=True):
    """The last number issued per kind prefix and year (slip numbers never repeat, even concurrently)."""

    __tablename__ = "slip_sequence"
    __table_args__ = (UniqueConstraint("prefix", "year", name="uq_slip_sequence_prefix_year"),)

    id: int | None = Field(default=None, primary_key=True)
    prefix: str = Field(max_length=8)
    year: int
    value: int = 0


class EmergencyAid(TransferTable, table=True):
    """Emergency aid given first (先行救助): who, what, how much."""

    __tablename__ = "emergency_aid"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.case_id", index=True)
    given_by: str = Field(max_length=100)
    what: str = Field(sa_type=Text)
    amount_fen: int = 0
    given_date: date
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(default_factory=utcnow)

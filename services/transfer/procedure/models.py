"""The item procedure as data: per item and street which steps apply, each case's run through them."""

from datetime import date, datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class ProcedureConfig(TransferTable, table=True):
    """Which steps an item goes through in one street, and each step's working-day limit."""

    __tablename__ = "procedure_config"
    __table_args__ = (UniqueConstraint("item_code", "region", name="uq_procedure_config_item_region"),)

    id: int | None = Field(default=None, primary_key=True)
    item_code: str = Field(max_length=64, index=True)
    region: str = Field(max_length=12, index=True)  # the street (9 digits) that handles the item
    enabled: bool = True  # off: the street records its decision with the slip's `result` event
    steps: str = Field(sa_type=Text)  # JSON list of StepSetting
    disclosure_days: int = 7  # 公示 period in calendar days
    report_days: int = 1  # 入户核实 done within this many working days of the visit (seed 002)
    updated_by: str = Field(max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)


class ApprovalMember(TransferTable, table=True):
    """A member of a street's 社会救助审批领导小组 (seed 000 §五(四)); votes with their own account."""

    __tablename__ = "approval_member"
    __table_args__ = (UniqueConstraint("region", "username", name="uq_approval_member_region_username"),)

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(max_length=12, index=True)
    username: str = Field(max_length=64)
    name: str = Field(max_length=64)
    title: str = Field(default="", max_length=64)  # 组长 / 成员
    active: bool = True


class Procedure(TransferTable, table=True):
    """One item slip's run through the configured steps: facts, evaluation, proposal and decision."""

    __tablename__ = "procedure"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", unique=True)
    case_id: int = Field(foreign_key="transfer_case.case_id", index=True)
    item_code: str = Field(max_length=64)
    region: str = Field(max_length=12, index=True)
    settings: str = Field(sa_type=Text)  # the configuration as it was at start (JSON)
    current_step: str = Field(max_length=16)
    started_date: date  # the clock's base: the case's acceptance (受理决定的次日 counts)
    started_at: datetime = Field(default_factory=utcnow)
    started_by: str = Field(max_length=64)
    declared_facts: str = Field(default="{}", sa_type=Text)
    investigated_facts: str = Field(default="{}", sa_type=Text)
    verified_facts: str = Field(default="{}", sa_type=Text)
    investigators: str = Field(default="[]", sa_type=Text)  # JSON [{username, name}]
    third_party_id: str | None = Field(default=None, max_length=64)  # 委托第三方 (seed 001)
    check_slip_id: int | None = Field(default=None, foreign_key="slip.id")
    evaluation: str | None = Field(default=None, sa_type=Text)  # the eligibility answer as stored (JSON)
    evaluation_outcome: str | None = Field(default=None, max_length=16)
    evaluation_error: str | None = Field(default=None, max_length=200)
    evaluated_at: datetime | None = None
    proposal: str | None = Field(default=None, max_length=16)  # approved | denied
    proposed_amount_fen: int | None = None
    proposal_reason: str | None = Field(default=None, sa_type=Text)
    disclosure_start_date: date | None = None
    disclosure_end_date: date | None = None
    decision: str | None = Field(default=None, max_length=16)  # approved | denied
    decision_amount_fen: int | None = None
    decision_period: str | None = Field(default=None, max_length=64)
    decision_reason: str | None = Field(default=None, sa_type=Text)
    decided_at: datetime | None = None
    decided_by: str | None = Field(default=None, max_length=64)
    meeting_members: str = Field(default="[]", sa_type=Text)  # JSON: members present (who voted)
    denial_number: str | None = Field(default=None, max_length=32, unique=True)
    denial_delivered_at: datetime | None = None
    denial_delivery: str | None = Field(default=None, max_length=200)  # how and to whom (送达)
    updated_at: datetime = Field(default_factory=utcnow)


class ProcedureStep(TransferTable, table=True):
    """One step of one procedure: its deadline, who finished it, when, and the evidence."""

    __tablename__ = "procedure_step"
    __table_args__ = (UniqueConstraint("procedure_id", "step", name="uq_procedure_step_procedure_step"),)

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key="procedure.id", index=True)
    step: str = Field(max_length=16)
    position: int
    status: str = Field(default="pending", max_length=16)  # pending | active | done | skipped
    due_date: date | None = Field(default=None, index=True)
    done_at: datetime | None = None
    done_by: str | None = Field(default=None, max_length=64)  # username of the logged-in account
    done_by_name: str | None = Field(default=None, max_length=200)
    detail: str = Field(default="", sa_type=Text)
    evidence: str = Field(default="{}", sa_type=Text)  # JSON: signatories, visit, file ids …


class ProcedureFile(TransferTable, table=True):
    """A scan or photo kept for a step: content type read from its bytes, size and SHA-256."""

    __tablename__ = "procedure_file"

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key="procedure.id", index=True)
    purpose: str = Field(max_length=16)  # pledge | visit
    filename: str = Field(max_length=200)
    content_type: str = Field(max_length=64)
    size: int
    sha256: str = Field(max_length=64)
    storage_key: str = Field(max_length=200)
    uploaded_by: str = Field(max_length=64)
    uploaded_at: datetime = Field(default_factory=utcnow)


class ApprovalVote(TransferTable, table=True):
    """One member's vote at the approval group's meeting, cast with their own account."""

    __tablename__ = "approval_vote"
    __table_args__ = (UniqueConstraint("procedure_id", "username", name="uq_approval_vote_procedure_user"),)

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key="procedure.id", index=True)
    username: str = Field(max_length=64)
    name: str = Field(max_length=64)
    vote: str = Field(max_length=16)  # approve | deny
    opinion: str = Field(sa_type=Text)
    at: datetime = Field(default_factory=utcnow)


class DisclosureObjection(TransferTable, table=True):
    """An objection raised during 公示, and how it was resolved."""

    __tablename__ = "disclosure_objection"

    id: int | None = Field(default=None, primary_key=True)
    procedure_id: int = Field(foreign_key="procedure.id", index=True)
    received_date: date
    content: str = Field(sa_type=Text)
    recorded_by: str = Field(max_length=64)
    resolution: str | None = Field(default=None, sa_type=Text)
    resolved_by: str | None = Field(default=None, max_length=64)
    resolved_at: datetime | None = None

"""The roster and review tasks as the API shows them (ID numbers masked, money in yuan strings)."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.common.identity import mask_id_number
from services.common.money import fen_to_yuan
from services.transfer.procedure.schemas import AnsweredFacts, Facts
from services.transfer.recipients.models import ROSTER_ITEMS, Recipient, ReviewTask
from services.transfer.slips.schemas import MAX_ID

DECISION_NAMES = {"continue": "继续享受", "adjust": "调整金额", "stop": "停发"}


class ReviewFinding(BaseModel):
    """A condition the annual review's evaluation did not pass (or the record's error)."""

    id: str = Field(examples=["income_below_line"])
    result: str = Field(examples=["failed"])
    detail: str | None = None


class EnrolIn(BaseModel):
    """An approved 低保/特困 slip enters the roster; amount defaults to the approved amount."""

    model_config = ConfigDict(extra="forbid")
    slip_id: int = Field(ge=1, le=MAX_ID)
    account: str = Field(min_length=1, max_length=40, examples=["6228480012345678901"])
    amount: str | None = Field(default=None, max_length=20, examples=["560.00"], description="每月金额（元）")
    start_month: str | None = Field(default=None, examples=["2026-12"], description="默认审批次月")
    facts: Facts = Field(default_factory=dict, description="年审测算用的家庭事实（事实名 → 值）")


class FactsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    facts: Facts


class ReviewRunIn(BaseModel):
    """Run the annual review for one street and item (March–May)."""

    model_config = ConfigDict(extra="forbid")
    street_region: str = Field(examples=["370211001"])
    item_code: Literal["urban_dibao", "rural_dibao", "tekun"]


class ReviewDecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["continue", "adjust", "stop"]
    amount: str | None = Field(
        default=None, max_length=20, description="调整后的每月金额（元），仅调整时填写"
    )
    reason: str = Field(min_length=2, max_length=500)


class RecipientPublic(BaseModel):
    id: int
    slip_id: int
    case_number: str
    street_region: str
    item_code: str
    item_name: str
    head_name: str
    head_id_number: str = Field(description="脱敏")
    members: list[str] = Field(description="脱敏")
    account: str
    amount: str
    start_month: str
    end_month: str | None
    status: str
    status_name: str
    facts: AnsweredFacts
    facts_updated_on: date | None
    stop_reason: str

    @classmethod
    def of(cls, r: Recipient) -> "RecipientPublic":
        return cls(
            id=r.id,
            slip_id=r.slip_id,
            case_number=r.case_number,
            street_region=r.street_region,
            item_code=r.item_code,
            item_name=ROSTER_ITEMS.get(r.item_code, r.item_code),
            head_name=r.head_name,
            head_id_number=mask_id_number(r.head_id_number),
            members=[mask_id_number(m) for m in r.members],
            account=r.account,
            amount=fen_to_yuan(r.amount_fen),
            start_month=r.start_month,
            end_month=r.end_month,
            status=r.status,
            status_name="在册" if r.status == "active" else "已停发",
            facts=r.facts,
            facts_updated_on=r.facts_updated_on,
            stop_reason=r.stop_reason,
        )


class ReviewRunPublic(BaseModel):
    evaluated: int
    unchanged: int
    tasks_opened: int
    tasks_existing: int


class TaskPublic(BaseModel):
    id: int
    recipient_id: int
    street_region: str
    year: int
    outcome: str
    rule_version: str
    findings: list[ReviewFinding]
    status: str
    decision: str | None
    decision_name: str | None
    new_amount: str | None
    reason: str
    decided_by: str
    decided_by_name: str
    decided_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, t: ReviewTask) -> "TaskPublic":
        return cls(
            id=t.id,
            recipient_id=t.recipient_id,
            street_region=t.street_region,
            year=t.year,
            outcome=t.outcome,
            rule_version=t.rule_version,
            findings=t.findings,
            status=t.status,
            decision=t.decision,
            decision_name=DECISION_NAMES.get(t.decision) if t.decision else None,
            new_amount=fen_to_yuan(t.new_amount_fen) if t.new_amount_fen is not None else None,
            reason=t.reason,
            decided_by=t.decided_by,
            decided_by_name=t.decided_by_name,
            decided_at=t.decided_at,
            created_at=t.created_at,
        )

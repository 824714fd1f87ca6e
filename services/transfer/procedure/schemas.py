"""What the item procedure takes and answers: configuration, each step's input, the procedure as shown."""

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, field_validator, model_validator

from services.common.text import Name
from services.eligibility.client import EvaluationResult
from services.transfer.procedure.steps import FINDING_TOPICS, Step
from services.transfer.slips.schemas import MAX_ID, Yuan, _id_number
from services.transfer.timefmt import UtcDateTime

FACT_NAME = r"^[a-z][a-z0-9_]{0,63}$"
FactName = Annotated[str, Field(pattern=FACT_NAME)]
# Annotated so the app-wide boolean guard (services/common/text.py) does not read the union as a boolean field
FactValue = Annotated[str | int | bool, Field(description="金额为元字符串，人数为整数，是否为 true/false")]
Username = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
MAX_FACTS = 40


def _facts(value: dict[str, Any]) -> dict[str, Any]:
    if len(value) > MAX_FACTS:
        raise ValueError(f"最多 {MAX_FACTS} 项事实")
    for key, item in value.items():
        if isinstance(item, float):
            raise ValueError(f"{key} 须为字符串形式的金额或整数，不能是小数")
        if isinstance(item, str) and len(item) > 64:
            raise ValueError(f"{key} 的值过长")
    return value


def _fact_name(name: str) -> str:
    if not re.fullmatch(FACT_NAME, name):
        raise ValueError("事实名须以小写字母开头，只含小写字母、数字和下划线")
    return name


# Names are checked by a validator, not by a key pattern: a pattern becomes patternProperties, which
# SDK generators read as a free-form object.
Facts = Annotated[dict[Annotated[str, AfterValidator(_fact_name)], FactValue], AfterValidator(_facts)]
# facts as answered (stored values, already checked when they came in)
AnsweredFacts = dict[str, FactValue]


class StepSetting(BaseModel):
    """One step switched on or off, with its working-day limit (approval: null = the item's time limit)."""

    step: Step
    enabled: bool = True
    working_days: int | None = Field(default=None, ge=0, le=60)


class ConfigIn(BaseModel):
    """An item's procedure in one street (administrator)."""

    enabled: bool = True
    steps: list[StepSetting] = Field(min_length=1, max_length=len(Step))
    disclosure_days: int = Field(default=7, ge=1, le=30, description="公示天数（自然日）")
    report_days: int = Field(default=1, ge=0, le=10, description="入户后几个工作日内完成调查记录")

    @field_validator("steps")
    @classmethod
    def _once_each(cls, value: list[StepSetting]) -> list[StepSetting]:
        names = [s.step for s in value]
        if len(set(names)) != len(names):
            raise ValueError("每个环节只能出现一次")
        return value


class ConfigPublic(ConfigIn):
    """The configuration as stored, with every step listed in order (defaults filled in)."""

    item_code: str
    region: str
    region_name: str
    updated_by: str
    updated_at: UtcDateTime


class MemberIn(BaseModel):
    """An approval-group member by account."""

    username: Username
    name: Name = Field(min_length=1, max_length=64)
    title: str = Field(default="成员", max_length=64)


class ApprovalGroupIn(BaseModel):
    """A street's approval group (社会救助审批领导小组)."""

    members: list[MemberIn] = Field(min_length=1, max_length=15)

    @field_validator("members")
    @classmethod
    def _distinct(cls, value: list[MemberIn]) -> list[MemberIn]:
        if len({m.username for m in value}) != len(value):
            raise ValueError("成员账号不能重复")
        return value


class ApprovalGroupPublic(BaseModel):
    """A street's approval group."""

    region: str
    region_name: str
    members: list[MemberIn]


class FileStored(BaseModel):
    """A scan or photo kept for a step."""

    id: int
    purpose: Literal["pledge", "visit"]
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: UtcDateTime


class Signatory(BaseModel):
    """Someone who signed the 诚信承诺和授权委托书: an adult member, or a supporter living apart."""

    name: Name = Field(min_length=1, max_length=64)
    id_number: str
    relation: str = Field(min_length=1, max_length=32, examples=["本人", "配偶", "赡养人"])
    supporter: bool = Field(default=False, description="未共同生活的赡（抚、扶）养人")
    file_id: int = Field(ge=1, le=MAX_ID, description="签字扫描件（先上传）")

    _id = field_validator("id_number")(_id_number)


class AuthorisationIn(BaseModel):
    """The signed pledge and authorisation for checks, with what the household declared."""

    signatories: list[Signatory] = Field(min_length=1, max_length=30)
    signed_date: date
    declared_facts: Facts = {}


class Investigator(BaseModel):
    """A named investigator, by account (the signer is the logged-in account, never a typed name)."""

    username: Username
    name: Name = Field(min_length=1, max_length=64)


class AssignIn(BaseModel):
    """Two named investigators, or a third-party organisation (seed 001 委托第三方专业组织)."""

    investigators: list[Investigator] = Field(default=[], max_length=2)
    third_party_id: str | None = Field(default=None, min_length=1, max_length=64)

    @model_validator(mode="after")
    def _two_or_third_party(self):
        if self.third_party_id and self.investigators:
            raise ValueError("指派两名调查人员或委托第三方组织，二选一")
        if not self.third_party_id:
            if (
                len(self.investigators) != 2
                or self.investigators[0].username == self.investigators[1].username
            ):
                raise ValueError("入户调查须指派两名不同的调查人员")
        return self


class Finding(BaseModel):
    """One finding of the visit: its topic, the fact it sets (if any) and what was seen."""

    topic: Literal["income", "assets", "housing", "members"] = Field(description=str(FINDING_TOPICS))
    fact: FactName | None = None
    value: FactValue | None = None
    note: str = Field(default="", max_length=1000)

    @model_validator(mode="after")
    def _fact_and_value(self):
        if (self.fact is None) != (self.value is None):
            raise ValueError("fact 与 value 须同时填写")
        if isinstance(self.value, float):
            raise ValueError("value 须为字符串形式的金额或整数")
        if self.fact is None and not self.note.strip():
            raise ValueError("请填写核实情况")
        return self


class VisitIn(BaseModel):
    """The home visit as recorded by an assigned investigator (their signature is their login)."""

    visit_date: date
    findings: list[Finding] = Field(min_length=1, max_length=40)
    file_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(default=[], max_length=12)


class CheckRequestIn(BaseModel):
    """A 核对 request to the checking body; the district's own by default."""

    receiver_id: str | None = Field(default=None, max_length=64)
    note: str = Field(default="", max_length=500)


class CheckAnswerIn(BaseModel):
    """The checking body's answer: the verified facts, and what it found."""

    facts: Facts = Field(min_length=1)
    note: str = Field(min_length=1, max_length=2000)


class ReviewIn(BaseModel):
    """审核: the reviewer's proposed decision, with the evaluation in front of them."""

    proposal: Literal["approved", "denied"]
    amount: Yuan | None = None
    reason: Text


class ObjectionIn(BaseModel):
    """An objection raised during 公示."""

    received_date: date
    content: Text


class ResolutionIn(BaseModel):
    """How an objection was resolved."""

    resolution: Text


class VoteIn(BaseModel):
    """One approval-group member's vote."""

    vote: Literal["approve", "deny"]
    opinion: Text


class DecisionIn(BaseModel):
    """The group's decision (the majority of the votes cast): amount, period and reason."""

    amount: Yuan | None = None
    period: str = Field(default="一次性", min_length=1, max_length=64)
    reason: Text
    grant_date: date | None = None


class DeliveryIn(BaseModel):
    """送达 of the denial notice."""

    delivered_date: date
    method: str = Field(min_length=1, max_length=200, examples=["直接送达，申请人签收"])


class StepPublic(BaseModel):
    """One step as shown: status, deadline, who finished it, when, with what evidence."""

    step: Step
    name: str
    status: str
    status_name: str
    due_date: date | None
    overdue: bool
    done_at: UtcDateTime | None
    done_by: str | None
    done_by_name: str | None
    detail: str
    evidence: dict[str, Any]


class VotePublic(BaseModel):
    """A vote cast."""

    username: str
    name: str
    vote: Literal["approve", "deny"]
    opinion: str
    at: UtcDateTime


class ObjectionPublic(BaseModel):
    """An objection and its resolution."""

    id: int
    received_date: date
    content: str
    recorded_by: str
    resolution: str | None
    resolved_by: str | None


class ProcedurePublic(BaseModel):
    """The procedure of one item slip: steps, facts, stored evaluation, proposal, votes, decision."""

    id: int
    slip_id: int
    slip_number: str
    case_id: int
    case_number: str
    item_code: str
    item_name: str
    region: str
    current_step: str
    current_step_name: str
    started_date: date
    item_due_date: date | None
    steps: list[StepPublic]
    investigators: list[Investigator]
    third_party_id: str | None
    declared_facts: AnsweredFacts
    investigated_facts: AnsweredFacts
    verified_facts: AnsweredFacts
    facts: AnsweredFacts = Field(description="测算所用：申报 < 入户调查 < 核对，后者覆盖前者")
    evaluation: EvaluationResult | None
    evaluation_error: str | None
    evaluated_at: datetime | None
    check_slip_id: int | None
    proposal: str | None
    proposed_amount: str | None
    proposal_reason: str | None
    disclosure_start_date: date | None
    disclosure_end_date: date | None
    objections: list[ObjectionPublic]
    approval_group: list[MemberIn]
    votes: list[VotePublic]
    decision: str | None
    decision_amount: str | None
    decision_period: str | None
    decision_reason: str | None
    decided_at: datetime | None
    meeting_members: list[str]
    denial_number: str | None
    denial_delivered_at: datetime | None
    denial_delivery: str | None
    files: list[FileStored]
    allowed: list[str] = Field(description="当前调用者此刻可以执行的操作")


class ProcedureStatus(BaseModel):
    """Whether a slip is handled through the procedure, and the procedure if it has started."""

    slip_id: int
    applies: bool
    can_start: bool
    procedure: ProcedurePublic | None
    check_for: ProcedurePublic | None = Field(
        default=None, description="本通知单是核对请求时：被核对的办理流程"
    )
    can_answer: bool = Field(default=False, description="调用者是核对机构且核对请求尚未答复")

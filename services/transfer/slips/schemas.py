"""Slip and case schemas: what intake submits, what partners post back, what staff read."""

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator

from services.common.errors import Invalid
from services.common.identity import normalize_id_number
from services.common.text import PlausibleDate
from services.common.vocabulary import DepartmentType, Role, SlipEventKind, SlipKind, SlipState
from services.transfer.departments.schemas import REGION_PATTERN
from services.transfer.timefmt import UtcDateTime

MAX_ID = 2**31 - 1  # database integer keys
# the deadline running now: 3 working days for the opinion, the item's time limit, 3 for feedback
DueKind = Literal["opinion", "handling", "feedback"]
ResultOutcome = Literal["approved", "denied"]
Yuan = Annotated[str, Field(pattern=r"^\d{1,9}(\.\d{1,2})?$", examples=["1500.00"])]


def _id_number(value: str) -> str:
    # a ValueError lets pydantic name the exact field (applicant.id_number, household_id_numbers[1])
    try:
        return normalize_id_number(value)
    except Invalid as exc:
        raise ValueError("不是有效的居民身份证号码") from exc


class RouteAnswer(BaseModel):
    """Where an item goes, as the eligibility service answers POST /v1/routes."""

    kind: SlipKind
    receiver_department_type: DepartmentType
    receiver_region: str = Field(pattern=REGION_PATTERN)
    reason: str = Field(default="", max_length=500)


class CaseItem(BaseModel):
    """One assistance item of the case and its route."""

    item_code: str = Field(min_length=1, max_length=64)
    item_name: str = Field(min_length=1, max_length=100)
    time_limit_days: int = Field(default=20, ge=0, le=365)
    route: RouteAnswer


class Person(BaseModel):
    """The first responder (首问责任人)."""

    username: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=64)


class Applicant(BaseModel):
    """The applicant as accepted at the window."""

    name: str = Field(min_length=1, max_length=64)
    id_number: str
    phone: str = Field(default="", max_length=32)
    hukou_region: str = Field(pattern=REGION_PATTERN)
    community: str | None = Field(default=None, max_length=100, description="村（社区），公示时列出")

    @field_validator("id_number")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        return _id_number(value)


class EmergencyAidIn(BaseModel):
    """Emergency aid given first (先行救助)."""

    given_by: str = Field(min_length=1, max_length=100, examples=["黄岛街道民政办 孙丽"])
    what: str = Field(min_length=1, max_length=500, examples=["临时生活救助金及棉被两床"])
    amount: Yuan = "0"
    given_date: PlausibleDate | None = None


class CaseSubmit(BaseModel):
    """An accepted case from intake (POST /v1/cases, Idempotency-Key: case-<case_id>)."""

    case_id: int = Field(gt=0, le=MAX_ID)
    case_number: str = Field(min_length=1, max_length=40)
    window_region: str = Field(pattern=REGION_PATTERN)
    window_level: Literal["town", "district"]
    first_responder: Person
    applicant: Applicant
    household_id_numbers: list[str] = Field(default_factory=list, max_length=30)
    difficulty: str = Field(default="", max_length=2000)
    emergency: bool = False
    emergency_aid: EmergencyAidIn | None = None
    items: list[CaseItem] = Field(min_length=1, max_length=20)
    accepted_date: date
    due_date: date

    @field_validator("household_id_numbers")
    @classmethod
    def _valid_ids(cls, values: list[str]) -> list[str]:
        return [_id_number(v) for v in values]


class IssuedSlip(BaseModel):
    """A slip just issued: its id, number, kind and receiver."""

    id: int
    number: str = Field(examples=["FB-2026-000001"])
    kind: SlipKind
    receiver_id: str = Field(examples=["370211001-civil"])
    receiver_name: str = Field(examples=["黄岛街道民政办"])


class CaseSubmitted(BaseModel):
    """The slips issued for a case (the same ones on a repeat)."""

    slips: list[IssuedSlip]


class Acknowledged(BaseModel):
    """签收: the receiver has the slip (its receipt starts the 3-working-day opinion clock)."""

    type: Literal["acknowledged"]
    handler: str = Field(default="", max_length=64)


class Opinion(BaseModel):
    """办理意见: the receiver's opinion, due within 3 working days of receipt."""

    type: Literal["opinion"]
    opinion: str = Field(min_length=1, max_length=2000)
    handler: str = Field(default="", max_length=64)


class Result(BaseModel):
    """办理结果: approved (with the amount paid, which records a grant) or denied, with the reason."""

    type: Literal["result"]
    outcome: ResultOutcome
    amount: Yuan | None = None
    reason: str = Field(min_length=1, max_length=2000)
    grant_date: PlausibleDate | None = None
    handler: str = Field(default="", max_length=64)


class Feedback(BaseModel):
    """反馈: to the applicant and to the window, signed by the receiving department's head."""

    type: Literal["feedback"]
    to_applicant: str = Field(min_length=1, max_length=2000)
    to_window: str = Field(min_length=1, max_length=2000)
    signed_by: str = Field(min_length=1, max_length=64, description="签字的承办部门负责人")
    handler: str = Field(default="", max_length=64)


class Returned(BaseModel):
    """退回: not ours to handle, with the reason; the sender re-routes."""

    type: Literal["returned"]
    reason: str = Field(min_length=1, max_length=2000)
    handler: str = Field(default="", max_length=64)


SlipEventIn = Annotated[Acknowledged | Opinion | Result | Feedback | Returned, Field(discriminator="type")]


class Onward(BaseModel):
    """Forward an escalate slip, or re-route a returned one: a route, or a receiver from the directory."""

    route: RouteAnswer | None = None
    receiver_id: str | None = Field(default=None, max_length=64)
    note: str = Field(default="", max_length=500)


class EmergencyAidPublic(BaseModel):
    """Emergency aid given first, as recorded."""

    id: int
    case_id: int
    given_by: str
    what: str
    amount: str
    given_date: date
    recorded_by: str


class TimelineEntry(BaseModel):
    """One step of a slip's history."""

    kind: SlipEventKind
    actor: str
    detail: str
    at: UtcDateTime


class SlipSummary(BaseModel):
    """A slip in a list: no personal data beyond the masked applicant name."""

    id: int
    number: str = Field(examples=["FB-2026-000001"])
    kind: SlipKind
    kind_name: str = Field(examples=["救助事项分办通知单"])
    case_id: int
    case_number: str
    item_code: str
    item_name: str
    sender_name: str
    sender_region: str
    receiver_id: str
    receiver_name: str
    receiver_region: str
    handler: str
    state: SlipState
    state_name: str = Field(examples=["已签收"])
    due_kind: DueKind | None
    due_date: date | None
    overdue: bool
    near_due: bool
    emergency: bool
    applicant_name_masked: str
    issued_at: UtcDateTime
    parent_slip_id: int | None
    successor_slip_id: int | None


class SlipDetail(SlipSummary):
    """A slip with the details its receiver needs; every read is audited."""

    verify_code: str
    route_reason: str
    time_limit_days: int
    first_responder_name: str
    window_region: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    hukou_region: str
    household_size: int
    difficulty: str
    accepted_date: date
    case_due_date: date
    opinion_due_date: date | None
    item_due_date: date | None
    feedback_due_date: date | None
    delivered_at: UtcDateTime | None
    acknowledged_at: UtcDateTime | None
    acknowledged_by: str | None
    opinion: str | None
    result: ResultOutcome | None
    amount: str | None
    result_reason: str | None
    handled_at: UtcDateTime | None
    feedback_to_applicant: str | None
    feedback_to_window: str | None
    signed_by: str | None
    feedback_at: UtcDateTime | None
    returned_reason: str | None
    paperwork_due_date: date | None
    paperwork_completed_at: UtcDateTime | None
    emergency_aid: list[EmergencyAidPublic] = []
    deadline_warnings: list[str] = []
    timeline: list[TimelineEntry] = []


class Verification(BaseModel):
    """What the QR code on a paper slip shows anyone: genuine or not, and where it is now."""

    genuine: bool
    number: str
    kind_name: str
    sender_name: str
    receiver_name: str
    item_name: str
    applicant_name_masked: str
    issued_date: date
    state: SlipState
    state_name: str
    due_date: date | None
    signed_by: str | None
    successor_number: str | None = None  # where a forwarded or re-routed slip went on


class AccessEntry(BaseModel):
    """One audited read of a slip's personal details."""

    subject: str
    role: Role
    department_id: str | None
    at: UtcDateTime


class PaperworkCompleted(BaseModel):
    """An emergency case whose paperwork (补齐手续) is now complete."""

    case_id: int
    paperwork_completed_at: UtcDateTime

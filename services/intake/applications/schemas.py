"""Application schemas: registration, the case as staff see it, the ledger, status changes."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from services.common.vocabulary import ApplicationStatus, Channel, Role
from services.intake.deadlines.schemas import DeadlinePublic, ExtensionPublic, PausePublic
from services.intake.handoff.schemas import CaseSlipPublic
from services.intake.notices.schemas import NoticePublic, SupplementPublic, ToleratedPublic
from services.intake.text import Body

REGION = r"^\d{6}(\d{3})?$"


class Applicant(Body):
    """The person asking for help (ID numbers are validated and 15-digit ones upgraded)."""

    name: str = Field(min_length=1, max_length=64, examples=["张三"])
    id_number: str = Field(min_length=15, max_length=20, examples=["370211198506120114"])
    phone: str = Field(pattern=r"^[0-9+\- ]{7,20}$", examples=["13800000000"])
    hukou_region: str = Field(pattern=REGION, examples=["370211001"])


class Member(Body):
    """A household member with his or her relation to the applicant."""

    name: str = Field(min_length=1, max_length=64)
    id_number: str = Field(min_length=15, max_length=20)
    relation: str = Field(min_length=1, max_length=16, examples=["配偶"])


class Agent(Body):
    """Who applies on the applicant's behalf (代办员), and the signed authorisation."""

    name: str = Field(min_length=1, max_length=64)
    id_number: str = Field(min_length=15, max_length=20)
    authorisation_document: str = Field(min_length=1, max_length=200, examples=["授权委托书 2026-11-23"])


class DuplicateAcknowledgement(Body):
    """Staff saw the duplicate-aid findings and continue for this reason."""

    reason: str = Field(min_length=2, max_length=1000)


class ApplicationCreate(Body):
    """Registering a request at a window: never refused, only completed."""

    applicant: Applicant
    members: list[Member] = Field(default=[], max_length=20)
    difficulty: str = Field(min_length=1, max_length=4000, examples=["家中失火，住房烧毁"])
    item_codes: list[str] = Field(default=[], max_length=20, examples=[["temporary_assistance"]])
    dont_know: bool = False
    emergency: bool = False
    channel: Channel = Channel.WINDOW
    agent: Agent | None = None
    community_name: str | None = Field(default=None, max_length=100)
    provided_materials: list[str] = Field(default=[], max_length=100, examples=[["id_card"]])
    received_date: date | None = None  # default today (Beijing); paper registrations may be earlier
    duplicate_acknowledgement: DuplicateAcknowledgement | None = None


class DuplicateCheck(Body):
    """Ask the duplicate-aid guard before registering (the wizard does, live)."""

    id_numbers: list[str] = Field(min_length=1, max_length=20, examples=[["370211198506120114"]])
    item_codes: list[str] = Field(default=[], max_length=20, examples=[["temporary_assistance"]])


class StatusReason(Body):
    """Why the status changes (the applicant's withdrawal)."""

    reason: str = Field(min_length=1, max_length=2000, examples=["申请人已自行解决困难"])


class NotAccept(Body):
    """Not accepted: only with the legal reason, printable for the applicant."""

    reason: str = Field(min_length=2, max_length=2000, examples=["申请人户籍及居住地均不在本区"])
    legal_basis: str = Field(min_length=2, max_length=300, examples=["《社会救助暂行办法》第十一条"])


class ItemsUpdate(Body):
    """Items chosen after the "don't know" suggestions."""

    item_codes: list[str] = Field(min_length=1, max_length=20, examples=[["temporary_assistance"]])


class DuplicateFinding(BaseModel):
    """One earlier case or grant of the same household for the same or a mutually exclusive item."""

    source: Literal["case", "grant"] = Field(
        description="case：本系统在办或近一年的案件；grant：转办服务的救助发放记录"
    )
    case_number: str = Field(examples=["HD-2026-00012"])
    item_code: str = Field(examples=["urban_dibao"])
    item_name: str = Field(examples=["城市最低生活保障"])
    match: Literal["same_item", "exclusive"] = Field(description="same_item：同一事项；exclusive：互斥事项")
    status: ApplicationStatus | Literal["granted"] = Field(description="案件状态；发放记录为 granted")
    status_name: str = Field(examples=["办理中"])
    date: str = Field(description="案件登记日或发放日（ISO 日期）", examples=["2026-10-09"])
    window_region: str | None = Field(default=None, examples=["370211001"])
    amount: str | None = Field(default=None, description="发放金额（元）", examples=["1500.00"])
    id_number: str = Field(description="脱敏的身份证号", examples=["370211********0114"])


class DuplicateCheckResult(BaseModel):
    """The guard's findings; `grant_check_incomplete` when the grant records could not be read."""

    findings: list[DuplicateFinding]
    grant_check_incomplete: bool


class ItemSuggestion(BaseModel):
    """An item the window may offer for the described difficulty ("不清楚" 时的推荐)."""

    item_code: str = Field(examples=["temporary_assistance"])
    name: str = Field(examples=["临时救助"])
    reason: str = Field(examples=["突发火灾等意外事件导致基本生活暂时出现严重困难"])


class RegistrationPublic(BaseModel):
    """The answer to a registration (replayed as is for the same Idempotency-Key)."""

    id: int
    case_number: str
    status: ApplicationStatus
    notice_due_date: date
    suggestions: list[ItemSuggestion]
    duplicate_findings: list[DuplicateFinding]
    duplicate_check_incomplete: bool

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": 1,
                    "case_number": "HD-2026-00001",
                    "status": "draft",
                    "notice_due_date": "2026-11-30",
                    "suggestions": [],
                    "duplicate_findings": [],
                    "duplicate_check_incomplete": False,
                }
            ]
        }
    }


class MemberPublic(BaseModel):
    """A household member (the applicant is one, relation 本人)."""

    id: int
    name: str
    id_number: str
    relation: str = Field(examples=["本人"])


class ApplicationItemPublic(BaseModel):
    """An item applied for, with the catalogue facts at the time of application."""

    item_code: str = Field(examples=["temporary_assistance"])
    item_name: str = Field(examples=["临时救助"])
    case_type: str = Field(examples=["promised"])
    time_limit_days: int
    exclusive_with: list[str]


class StatusChangePublic(BaseModel):
    """One step of the audited status history."""

    id: int
    application_id: int
    from_status: ApplicationStatus | None
    from_name: str = Field(examples=["已登记"])
    to_status: ApplicationStatus
    to_name: str = Field(examples=["已受理"])
    actor: str
    actor_name: str
    reason: str
    at: datetime


class TimelineEntryPublic(BaseModel):
    """One line of the case's timeline: intake's own steps and transfer's slip events."""

    id: int
    application_id: int
    kind: str = Field(
        description="本服务的步骤（registered、notice_issued、accepted、paused…）或转办服务的事件（CaseEventKind）",
        examples=["accepted"],
    )
    detail: str
    actor: str
    event_id: str | None
    slip_number: str | None
    to_applicant: str | None = Field(default=None, description="承办部门反馈时致申请人的答复（仅反馈事件）")
    at: datetime


class DataAccessPublic(BaseModel):
    """Who read or changed the case's personal data, and when (个人信息访问记录)."""

    id: int
    application_id: int
    actor: str = Field(examples=["window_hd"])
    role: Role
    action: str = Field(examples=["read"])
    at: datetime


class ApplicationPublic(BaseModel):
    """The whole case as staff see it: facts, household, items, deadlines, documents, history, slips."""

    id: int
    case_number: str = Field(examples=["HD-2026-00001"])
    status: ApplicationStatus
    status_name: str = Field(examples=["已登记"])
    window_region: str = Field(examples=["370211001"])
    window_region_name: str = Field(examples=["黄岛街道"])
    window_level: Literal["town", "district"]
    applicant_name: str
    applicant_id_number: str
    phone: str
    hukou_region: str
    hukou_region_name: str
    difficulty: str
    emergency: bool
    dont_know: bool
    suggestions: list[ItemSuggestion]
    channel: Channel
    channel_name: str = Field(examples=["窗口申请"])
    agent_name: str | None
    agent_id_number: str | None
    agent_authorisation: str | None
    community_name: str | None
    first_responder_username: str
    first_responder_name: str
    received_date: date
    notice_due_date: date
    provided_materials: list[str]
    duplicate_findings: list[DuplicateFinding]
    duplicate_ack_reason: str | None
    duplicate_check_incomplete: bool
    notice_omission: bool
    accepted_date: date | None
    receipt_number: str | None
    clock_start_date: date | None
    time_limit_days: int | None
    extension_days: int
    due_date: date | None
    due_warnings: list[str]
    due_basis: str
    not_accept_reason: str | None
    not_accept_basis: str | None
    concluded_date: date | None
    handed_over_at: datetime | None
    created_at: datetime
    updated_at: datetime
    members: list[MemberPublic]
    items: list[ApplicationItemPublic]
    deadline: DeadlinePublic
    notice: NoticePublic | None
    supplements: list[SupplementPublic]
    tolerated: ToleratedPublic | None = Field(default=None, description="容缺受理决定（材料不齐而受理时）")
    pauses: list[PausePublic]
    extensions: list[ExtensionPublic]
    status_history: list[StatusChangePublic]
    timeline: list[TimelineEntryPublic]
    slips: list[CaseSlipPublic]


class LedgerRow(BaseModel):
    """One case in the ledger (台账)."""

    id: int
    case_number: str
    status: ApplicationStatus
    status_name: str
    applicant_name: str
    window_region: str
    items: list[str]
    emergency: bool
    received_date: date
    notice_due_date: date
    notice_overdue: bool = False
    due_date: date | None
    days_left: int | None
    overdue: bool
    near_due: bool
    first_responder_name: str


class LedgerPage(BaseModel):
    """A page of the ledger, newest first."""

    total: int
    page: int
    page_size: int
    next_before_id: int | None = Field(
        default=None, description="下一页的游标（传作 before_id）；已是最后一页时为空"
    )
    rows: list[LedgerRow]

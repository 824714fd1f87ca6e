"""Online self-application schemas: the SMS code, the resident's submission, the street's queue."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from services.common.vocabulary import OnlineApplicationStatus
from services.intake.applications.schemas import DuplicateAcknowledgement, Member
from services.intake.text import Body

MOBILE = r"^1[3-9][0-9]{9}$"
REGION = r"^\d{6}(\d{3})?$"


class CodeRequest(Body):
    """Ask for a verification code to the applicant's own mobile phone."""

    phone: str = Field(pattern=MOBILE, examples=["13800000000"])
    id_number: str = Field(min_length=15, max_length=20, examples=["370211198506120114"])


class CodeSent(BaseModel):
    """The code is on its way; it is valid for `expires_in` seconds."""

    phone: str = Field(description="脱敏的手机号", examples=["138****0000"])
    expires_in: int = Field(examples=[300])
    resend_after: int = Field(examples=[60])


class OnlineApplicant(Body):
    """The resident applying for himself or herself (identity: ID number + the phone's code)."""

    name: str = Field(min_length=1, max_length=64, examples=["张三"])
    id_number: str = Field(min_length=15, max_length=20, examples=["370211198506120114"])
    phone: str = Field(pattern=MOBILE, examples=["13800000000"])
    hukou_region: str = Field(pattern=REGION, examples=["370211001"])


class OnlineApplicationCreate(Body):
    """A resident's application from the public site; it lands in the chosen street's queue."""

    applicant: OnlineApplicant
    region: str = Field(
        pattern=r"^\d{9}$", description="向哪个镇街申请（便民服务中心）", examples=["370211001"]
    )
    members: list[Member] = Field(default=[], max_length=10)
    difficulty: str = Field(min_length=1, max_length=4000, examples=["家中失火，住房烧毁"])
    item_codes: list[str] = Field(default=[], max_length=10, examples=[["temporary_assistance"]])
    dont_know: bool = False
    emergency: bool = False
    verification_code: str = Field(pattern=r"^[0-9]{6}$", examples=["123456"])


class OnlineReceipt(BaseModel):
    """What the resident is told: the reference, the street, and that a window will confirm."""

    reference: str = Field(examples=["HD-WS-2026-00001"])
    region: str
    region_name: str
    submitted_date: date
    status: OnlineApplicationStatus
    message: str


class OnlineRow(BaseModel):
    """A submission in the street's queue (ID number and phone masked)."""

    id: int
    reference: str
    region: str
    region_name: str
    status: OnlineApplicationStatus
    status_name: str
    applicant_name: str
    applicant_id_number: str = Field(description="脱敏")
    phone: str = Field(description="脱敏")
    item_codes: list[str]
    dont_know: bool
    emergency: bool
    submitted_at: datetime
    submitted_date: date
    notice_due_date: date = Field(description="一次性告知期限：收到申请（网上提交日）起5个工作日")
    notice_overdue: bool
    case_number: str | None


class OnlineMember(BaseModel):
    """A household member as the resident declared it online (the ID number normalised)."""

    name: str
    id_number: str
    relation: str = Field(examples=["配偶"])


class OnlinePublic(BaseModel):
    """A submission as its street's staff see it before confirming (full data; the read is logged)."""

    id: int
    reference: str
    region: str
    region_name: str
    status: OnlineApplicationStatus
    status_name: str
    applicant_name: str
    applicant_id_number: str
    phone: str
    hukou_region: str
    members: list[OnlineMember]
    difficulty: str
    item_codes: list[str]
    dont_know: bool
    emergency: bool
    submitted_at: datetime
    submitted_date: date
    notice_due_date: date
    notice_overdue: bool
    handled_by: str | None
    handled_name: str | None
    handled_at: datetime | None
    close_reason: str | None
    application_id: int | None
    case_number: str | None


class OnlineConfirm(Body):
    """The window confirms: optionally corrects the items, records materials seen, acknowledges duplicates."""

    item_codes: list[str] | None = Field(default=None, max_length=20)
    provided_materials: list[str] = Field(default=[], max_length=100)
    duplicate_acknowledgement: DuplicateAcknowledgement | None = None


class OnlineClose(Body):
    """Closed without registering (a repeat of an earlier submission, or not the applicant's own)."""

    reason: str = Field(min_length=2, max_length=1000, examples=["与 HD-WS-2026-00003 重复提交"])

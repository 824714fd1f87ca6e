"""Consultation schemas: recording a visit or call, the register, follow-up, statistics, the application draft."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from services.common.vocabulary import Channel, ConsultationChannel, ConsultationStatus
from services.intake.text import Body

REGION = r"^\d{6}(\d{3})?$"


class ConsultationCreate(Body):
    """A visit, call or online question, recorded by the staff member who took it (首问责任人)."""

    channel: ConsultationChannel = Field(examples=["visit"])
    visitor_name: str = Field(min_length=1, max_length=64, examples=["赵大妈"])
    contact: str = Field(default="", max_length=64, examples=["13800000000"])
    id_number: str | None = Field(default=None, min_length=15, max_length=20, examples=["370211198506120114"])
    hukou_region: str | None = Field(default=None, pattern=REGION, examples=["370211001"])
    matter: str = Field(min_length=1, max_length=4000, examples=["老伴住院，医药费负担重，问能否申请救助"])
    item_codes: list[str] = Field(default=[], max_length=20, examples=[["medical_assistance"]])
    answer: str = Field(default="", max_length=4000, examples=["已告知医疗救助的条件、材料和办理时限"])
    one_time_notice: bool = Field(
        default=False,
        description="按所选事项从事项目录生成一次性告知的材料清单并记录（一次性告知制度 第六条）",
    )
    follow_up_days: int | None = Field(
        default=None, ge=1, le=30, description="几个工作日内回访（不需回访则不填）", examples=[2]
    )
    at: datetime | None = Field(default=None, description="来访或来电时间（默认现在；补登不得早于30天）")


class FollowUp(Body):
    """The follow-up call or visit was made: what came of it."""

    note: str = Field(min_length=1, max_length=2000, examples=["已电话回访，申请人下周一来窗口申请"])


class NoticeMaterial(BaseModel):
    """One material told in the one-time notice (from the catalogue)."""

    code: str
    name: str
    copies: int = 1
    original: bool = False
    shared_data: bool = False  # obtained by data sharing (减证便民): the visitor need not bring it


class ItemRef(BaseModel):
    """A catalogue item the consultation was about."""

    code: str = Field(examples=["medical_assistance"])
    name: str = Field(examples=["医疗救助"])


class ConsultationPublic(BaseModel):
    """A consultation as its region's staff see it (full contact and ID number; the read is logged)."""

    id: int
    number: str = Field(examples=["HD-LF-2026-00001"])
    region: str
    region_name: str
    channel: ConsultationChannel
    channel_name: str
    status: ConsultationStatus
    status_name: str
    visitor_name: str
    contact: str
    id_number: str | None
    hukou_region: str | None
    matter: str
    items: list[ItemRef]
    answer: str
    notice_materials: list[NoticeMaterial]
    staff_username: str
    staff_name: str
    at: datetime
    visit_date: date
    follow_up_due_date: date | None
    follow_up_overdue: bool
    followed_up_at: datetime | None
    follow_up_note: str | None
    followed_up_by: str | None
    application_id: int | None
    case_number: str | None


class ConsultationRow(BaseModel):
    """One line of the register: contact and ID number masked."""

    id: int
    number: str
    region: str
    region_name: str
    channel: ConsultationChannel
    channel_name: str
    status: ConsultationStatus
    status_name: str
    visitor_name: str
    contact: str = Field(description="脱敏的联系方式", examples=["138****0000"])
    matter: str
    items: list[ItemRef]
    staff_name: str
    at: datetime
    visit_date: date
    follow_up_due_date: date | None
    follow_up_overdue: bool
    case_number: str | None


class ConsultationPage(BaseModel):
    """A page of the register, newest first."""

    total: int
    page: int
    page_size: int
    rows: list[ConsultationRow]


class CountBy(BaseModel):
    """A count under one key (channel, region, staff member, month)."""

    key: str
    name: str
    total: int


class ConsultationStatistics(BaseModel):
    """The register counted: by channel, region, staff member and month (no hand counting)."""

    year: int
    total: int
    converted: int = Field(description="已转为申请")
    follow_up_open: int = Field(description="待回访")
    follow_up_overdue: int = Field(description="回访已逾期")
    by_channel: list[CountBy]
    by_region: list[CountBy]
    by_staff: list[CountBy]
    by_month: list[CountBy]


class ApplicantDraft(BaseModel):
    """The applicant as far as the consultation knows him or her; missing facts are null."""

    name: str
    id_number: str | None
    phone: str | None
    hukou_region: str | None


class ApplicationDraft(BaseModel):
    """An ApplicationCreate prefilled from a consultation; `missing` names what the window must still ask."""

    applicant: ApplicantDraft
    members: list = []
    difficulty: str
    item_codes: list[str]
    dont_know: bool
    emergency: bool = False
    channel: Channel = Channel.WINDOW
    provided_materials: list[str] = []
    missing: list[str] = Field(examples=[["applicant.id_number"]])

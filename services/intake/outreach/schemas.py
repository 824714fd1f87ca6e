"""Proactive discovery (主动发现): households, visits (走访), coverage, the watch list."""

from datetime import date

from pydantic import BaseModel, Field

from services.common.vocabulary import RiskLevel, WatchReason
from services.intake.applications.schemas import Member
from services.intake.text import Body


class HouseholdCreate(Body):
    """A household in difficulty to follow (an agent or grid worker records it in its 村居)."""

    region: str | None = Field(default=None, min_length=9, max_length=9, pattern=r"^[0-9]{9}$")
    community: str | None = Field(default=None, min_length=1, max_length=100, examples=["戚家社区"])
    head_name: str = Field(min_length=1, max_length=64, examples=["王桂芝"])
    id_number: str | None = Field(default=None, min_length=15, max_length=20)
    phone: str = Field(default="", max_length=32, pattern=r"^$|^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$")
    address: str = Field(default="", max_length=200)
    situation: str = Field(default="", max_length=2000, examples=["独居老人，患慢性病"])
    visits_per_week: int = Field(default=0, ge=0, le=7, description="计划每周走访次数（0 为不定期）")


class HouseholdPlan(Body):
    """Change the visit plan of a household, or put it on / take it off the watch list."""

    visits_per_week: int | None = Field(default=None, ge=0, le=7)
    watch: bool | None = None
    watch_note: str | None = Field(default=None, max_length=500)


class HouseholdPublic(BaseModel):
    """A household as field workers and supervisors see it (ID number masked)."""

    id: int
    region: str
    community: str
    head_name: str
    id_number_masked: str | None
    phone: str
    address: str
    situation: str
    visits_per_week: int
    watch: bool
    watch_reason: WatchReason | None
    watch_reason_name: str | None
    watch_note: str | None
    watch_since: date | None
    last_visit_date: date | None
    visits_this_week: int


class VisitCreate(Body):
    """One visit: date, what was found, risk level (a photo is uploaded after, to the visit)."""

    household_id: int = Field(ge=1, le=2**31 - 1)
    visit_date: date | None = None  # default today
    situation: str = Field(min_length=2, max_length=4000, examples=["老人摔伤后行动不便，子女在外地"])
    risk_level: RiskLevel = RiskLevel.LOW


class VisitPublic(BaseModel):
    """A visit in the log."""

    id: int
    household_id: int
    household_name: str
    community: str
    region: str
    visitor_username: str
    visitor_name: str
    visit_date: date
    situation: str
    risk_level: RiskLevel
    risk_name: str
    photos: list[int]
    application_id: int | None
    consultation_id: int | None = Field(default=None, description="由走访登记的咨询（来访登记台账）")


class PhotoStored(BaseModel):
    """An uploaded photo."""

    id: int
    visit_id: int
    content_type: str
    size: int


class CoverageRow(BaseModel):
    """One planned household's visits in the week."""

    household_id: int
    head_name: str
    community: str
    visits_per_week: int
    visits: int
    met: bool
    watch: bool


class Coverage(BaseModel):
    """Visit coverage of a week (Monday–Sunday) against each household's plan."""

    week_start: date
    week_end: date
    planned: int
    met: int
    rate: float | None = Field(description="达标户数 / 有计划户数")
    rows: list[CoverageRow]


class NotVisited(BaseModel):
    """A household left unvisited too long (never, or the last visit before the cut-off)."""

    household_id: int
    head_name: str
    community: str
    region: str
    watch: bool
    visits_per_week: int
    last_visit_date: date | None
    days_since: int | None


class VisitConsultation(Body):
    """Register the household's question found on a visit in the consultation register (首问负责)."""

    matter: str | None = Field(
        default=None,
        max_length=4000,
        description="咨询事项（不填即为走访所见困难情况）",
        examples=["问能否申请医疗救助"],
    )
    item_codes: list[str] = Field(default=[], max_length=20, examples=[["medical_assistance"]])
    answer: str = Field(default="", max_length=4000, examples=["已告知医疗救助的条件和材料"])
    one_time_notice: bool = False
    follow_up_days: int | None = Field(default=None, ge=1, le=30, examples=[2])


class VisitApplication(Body):
    """Start an application on the household's behalf from a visit (the household's data carried over)."""

    item_codes: list[str] = Field(default=[], max_length=20, examples=[["temporary_assistance"]])
    dont_know: bool = False
    emergency: bool = False
    hukou_region: str | None = Field(default=None, min_length=6, max_length=12)
    members: list[Member] = Field(default=[], max_length=20)
    authorisation_document: str | None = Field(
        default=None, max_length=200, examples=["授权委托书 2026-11-24"], description="代办员代为申请时必填"
    )
    provided_materials: list[str] = Field(default=[], max_length=100)

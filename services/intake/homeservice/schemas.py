"""Home-service tasks (上门服务): create, assign, record the result, register on the spot."""

from datetime import date

from pydantic import BaseModel, Field

from services.common.vocabulary import HomeServiceReason, HomeTaskStatus
from services.intake.applications.schemas import Member
from services.intake.text import Body


class HomeTaskCreate(Body):
    """A request for the window to come to the applicant instead."""

    region: str | None = Field(default=None, min_length=9, max_length=9, pattern=r"^[0-9]{9}$")
    person_name: str = Field(min_length=1, max_length=64, examples=["赵德福"])
    phone: str = Field(default="", max_length=32, pattern=r"^$|^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$")
    address: str = Field(min_length=2, max_length=200, examples=["黄岛街道戚家社区5号楼2单元301"])
    reason: HomeServiceReason
    matter: str = Field(min_length=1, max_length=200, examples=["申请临时救助，本人卧床无法到窗口"])
    requested_date: date | None = None  # default today


class HomeTaskAssign(Body):
    """Give the task to a window staff member or an agent of the town."""

    assignee_username: str = Field(min_length=1, max_length=64)


class HomeTaskResult(Body):
    """What happened at the door."""

    result: str = Field(min_length=2, max_length=4000, examples=["已上门核实情况，指导签署授权委托书"])
    visited_date: date | None = None  # default today


class HomeTaskPublic(BaseModel):
    """A task as listed (phone number masked)."""

    id: int
    region: str
    person_name: str
    phone_masked: str
    address: str
    reason: HomeServiceReason
    reason_name: str
    matter: str
    requested_date: date
    status: HomeTaskStatus
    status_name: str
    assignee_username: str | None
    assignee_name: str | None
    result: str | None
    visited_date: date | None
    application_id: int | None
    created_by: str


class OnTheSpotApplication(Body):
    """Register the application at the door: the applicant's identity and the items (channel 上门服务登记)."""

    id_number: str = Field(min_length=15, max_length=20)
    hukou_region: str = Field(min_length=6, max_length=12, examples=["370211001"])
    difficulty: str | None = Field(default=None, max_length=4000)
    item_codes: list[str] = Field(default=[], max_length=20, examples=[["temporary_assistance"]])
    dont_know: bool = False
    emergency: bool = False
    members: list[Member] = Field(default=[], max_length=20)
    provided_materials: list[str] = Field(default=[], max_length=100)


class StartedApplication(BaseModel):
    """The application registered from a visit or a home-service task."""

    application_id: int
    case_number: str
    status: str
    notice_due_date: date

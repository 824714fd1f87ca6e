"""Application schemas: registration, the case as staff see it, the ledger, status changes."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

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
    channel: Literal["window", "agent", "community"] = "window"
    agent: Agent | None = None
    community_name: str | None = Field(default=None, max_length=100)
    provided_materials: list[str] = Field(default=[], max_length=100, examples=[["id_card"]])
    received_date: date | None = None  # default today (Beijing); paper registrations may be earlier
    duplicate_acknowledgement: DuplicateAcknowledgement | None = None


class DuplicateCheck(Body):
    """Ask the duplicate-aid guard before registering (the wizard does, live)."""

    id_numbers: list[str] = Field(min_length=1, max_length=20)
    item_codes: list[str] = Field(default=[], max_length=20)


class StatusReason(Body):
    reason: str = Field(min_length=1, max_length=2000)


class NotAccept(Body):
    """Not accepted: only with the legal reason, printable for the applicant."""

    reason: str = Field(min_length=2, max_length=2000, examples=["申请人户籍及居住地均不在本区"])
    legal_basis: str = Field(min_length=2, max_length=300, examples=["《社会救助暂行办法》第十一条"])


class ItemsUpdate(Body):
    """Items chosen after the "don't know" suggestions."""

    item_codes: list[str] = Field(min_length=1, max_length=20)


class LedgerRow(BaseModel):
    id: int
    case_number: str
    status: str
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
    total: int
    page: int
    page_size: int
    rows: list[LedgerRow]

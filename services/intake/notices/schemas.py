"""Materials, supplements and acceptance requests; the one-time notice and supplements as answered."""

from datetime import date, datetime

from pydantic import BaseModel, Field

from services.intake.text import Body


class TolerateMissing(Body):
    """容缺受理: the window accepts with these materials still missing, for this reason."""

    reason: str = Field(min_length=1, max_length=500, examples=["申请人住院，户口簿由家属补送"])
    materials: list[str] = Field(min_length=1, max_length=50, examples=[["household_register"]])
    due_date: date | None = Field(default=None, description="容缺材料补齐期限，默认受理后5个工作日")


class MaterialsReceived(Body):
    """Materials the applicant brought (a supplement once a notice was issued)."""

    materials: list[str] = Field(min_length=1, max_length=100, examples=[["id_card", "household_register"]])
    received_date: date | None = None  # default today


class AcceptRequest(Body):
    """The acceptance decision (default today)."""

    accepted_date: date | None = Field(default=None, examples=["2026-11-25"])
    tolerate_missing: TolerateMissing | None = Field(
        default=None, description="材料不齐时的容缺受理决定（理由与容缺材料）；不给则材料不齐为 409"
    )


class MissingMaterialPublic(BaseModel):
    """A material the notice asks for, and for which item(s)."""

    code: str = Field(examples=["household_register"])
    name: str = Field(examples=["户口簿"])
    copies: int = 1
    original: bool = True
    reasons: list[str] = Field(default=[], examples=[["为办理临时救助所需"]])


class NoticePublic(BaseModel):
    """The numbered one-time notice (一次性告知清单): every missing material, never changed after issue."""

    id: int
    application_id: int
    number: str = Field(examples=["HD-2026-00001-GZ"])
    missing: list[MissingMaterialPublic]
    provided: list[str] = Field(examples=[["id_card"]])
    issued_by: str
    issued_by_name: str
    issued_date: date
    due_date: date = Field(description="告知期限：登记后5个工作日")
    issued_at: datetime


class SupplementPublic(BaseModel):
    """Materials brought after the notice (补正); `omitted` are those the notice failed to ask for."""

    id: int
    application_id: int
    seq: int
    received_date: date
    materials: list[str]
    omitted: list[str] = Field(description="告知清单未列出的材料（告知遗漏）")
    recorded_by: str
    at: datetime


class ToleratedMaterial(BaseModel):
    """A material accepted as missing."""

    code: str = Field(examples=["household_register"])
    name: str = Field(examples=["户口簿"])


class ToleratedPublic(BaseModel):
    """The recorded 容缺受理 decision and what has arrived since."""

    reason: str
    materials: list[ToleratedMaterial]
    due_date: date
    decided_by: str
    decided_by_name: str
    decided_at: datetime
    received: list[str]
    completed_at: datetime | None

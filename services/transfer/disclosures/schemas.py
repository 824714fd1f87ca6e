"""Public disclosure schemas: what the public may see (masked names, no IDs, phones or addresses)."""

from datetime import date, datetime

from pydantic import BaseModel, Field


class DisclosureEntry(BaseModel):
    """One approved grant as disclosed (公示): the item, where, when, how much, the masked name."""

    grant_id: int = Field(description="公示条目编号（提出异议时引用）")
    item_code: str = Field(examples=["temporary_assistance"])
    item_name: str = Field(examples=["临时救助"])
    street: str = Field(examples=["370211001"])
    street_name: str = Field(examples=["黄岛街道"])
    community: str | None = Field(description="村（社区）；登记时未填为空", examples=["戚家社区"])
    month: str = Field(pattern=r"^\d{4}-\d{2}$", examples=["2026-11"])
    amount: str = Field(description="金额（元）", examples=["1500.00"])
    name: str = Field(description="姓名（脱敏）", examples=["张*三"])


class PublicAnswer(BaseModel):
    """An answered objection as the public sees it: what was raised and the answer, personal data masked."""

    number: int = Field(description="异议编号")
    grant_id: int | None = Field(description="所指公示条目（对整个街道的异议为空）")
    street_name: str
    community: str | None
    received_date: date
    content: str = Field(description="异议内容（身份证号、电话、邮箱、受助人姓名已脱敏）")
    reply: str = Field(description="答复（同样脱敏）")
    replied_date: date


class DisclosureList(BaseModel):
    """The approved assistance of the configured period, newest first."""

    period_from: date
    period_to: date
    total: int
    entries: list[DisclosureEntry]
    answers: list[PublicAnswer] = Field(
        default=[], description="公示期内已答复的异议（最新在前，至多 50 件），个人信息已脱敏"
    )


class ObjectionCreate(BaseModel):
    """An objection from the public: which entry (or street), what is wrong, how to answer."""

    grant_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    street: str | None = Field(default=None, pattern=r"^\d{9}$", description="未指明条目时必填")
    content: str = Field(min_length=5, max_length=2000, description="异议内容")
    contact: str = Field(min_length=3, max_length=64, description="联系方式（电话或邮箱），不公开")


class ObjectionReceipt(BaseModel):
    """What the objector keeps: the number to ask about."""

    number: int
    received_at: datetime
    message: str


class DisclosureObjectionPublic(BaseModel):
    """An objection as staff handle it."""

    number: int
    grant_id: int | None
    street: str
    street_name: str
    content: str
    contact: str
    received_at: datetime
    reply: str | None
    replied_by: str | None
    replied_at: datetime | None


class ObjectionReply(BaseModel):
    """Staff's answer to an objection."""

    reply: str = Field(min_length=2, max_length=2000)

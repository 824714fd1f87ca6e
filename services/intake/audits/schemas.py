"""Random-audit schemas: the draw request, the sample with its cases, a finding, the report."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

MAX_SAMPLE = 500
CATEGORIES = {
    "materials": "材料不全或不实",
    "eligibility": "认定条件把握不准",
    "procedure": "程序不规范",
    "timeliness": "超时办理",
    "amount": "救助金额有误",
    "other": "其他",
}


class SampleRequest(BaseModel):
    """What to draw from: the same inputs over the same data give the same cases."""

    seed: int = Field(ge=0, le=2**63 - 1, description="随机种子（相同输入、相同数据得到相同样本）")
    size: int = Field(ge=1, le=MAX_SAMPLE, description=f"抽取件数，最多 {MAX_SAMPLE}")
    region: str = Field(pattern=r"^\d{6}(\d{3})?$", description="区（6 位）或街道（9 位）代码")
    item_code: str | None = Field(default=None, max_length=64)
    date_from: date | None = Field(default=None, description="收件日期起")
    date_to: date | None = Field(default=None, description="收件日期止")
    auditors: list[str] = Field(
        default_factory=list, max_length=50, description="随机选派：每件从中随机指定一名检查人员（用户名）"
    )


class AuditCasePublic(BaseModel):
    """A sampled case and its finding (the case number, not the household's personal data)."""

    id: int
    position: int
    application_id: int
    case_number: str
    street: str
    street_name: str
    item_code: str
    auditor: str | None
    outcome: Literal["ok", "problem"] | None
    category: str | None
    category_name: str | None
    finding: str
    recorded_by: str | None
    recorded_at: datetime | None


class SamplePublic(BaseModel):
    """A drawn sample: its inputs, who drew it, how many it was drawn from, and the cases in draw order."""

    id: int
    seed: int
    size: int
    region: str
    item_code: str | None
    date_from: date | None
    date_to: date | None
    population: int
    auditors: list[str]
    drawn_by: str
    drawn_by_name: str
    drawn_at: datetime
    cases: list[AuditCasePublic]


class SampleSummary(BaseModel):
    """A sample in the list: inputs and progress."""

    id: int
    seed: int
    size: int
    region: str
    item_code: str | None
    drawn_by: str
    drawn_at: datetime
    cases: int
    recorded: int
    problems: int


class FindingCreate(BaseModel):
    """The auditor's finding on one case: ok, or a problem with its category and what was found."""

    outcome: Literal["ok", "problem"]
    category: str | None = Field(
        default=None, max_length=32, description="问题类别：" + "、".join(CATEGORIES)
    )
    finding: str = Field(default="", max_length=2000)


class ReportRow(BaseModel):
    """Findings of one street and item."""

    street: str
    street_name: str
    item_code: str
    item_name: str
    cases: int
    recorded: int
    ok: int
    problems: int
    by_category: dict[str, int]


class AuditReport(BaseModel):
    """Findings by street and item over the samples in scope."""

    region: str
    sample_id: int | None
    rows: list[ReportRow]

"""Read-audit schemas: one entry of who viewed, printed, listed, searched or exported what."""

from datetime import datetime

from pydantic import BaseModel, Field


class ReadEntry(BaseModel):
    """A case read (个人信息访问记录) or a list/look-up/export (列表、查询、导出记录), newest first."""

    source: str = Field(description="case 单个案件 | list 列表、查询、导出", examples=["list"])
    actor: str = Field(examples=["window_hd"])
    role: str = Field(examples=["window_staff"])
    action: str = Field(examples=["ledger_export"])
    action_name: str = Field(examples=["导出台账"])
    case_number: str | None = Field(default=None, examples=["HD-2026-00001"])
    household: str = Field(default="", description="脱敏的身份证号或电话", examples=["370211********0114"])
    filters: str = Field(default="", description="查询或导出的条件（身份证号、电话已脱敏）")
    row_count: int | None = Field(default=None, description="列表或导出的行数")
    at: datetime


class ReadAuditPage(BaseModel):
    """Entries matching the search, newest first, at most `limit` of each source."""

    entries: list[ReadEntry]
    truncated: bool = Field(description="还有更早的记录未列出（请缩小范围）")

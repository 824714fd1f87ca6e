"""Supervision schemas."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from services.transfer.major.schemas import MajorReportPublic
from services.transfer.slips.schemas import DueKind, SlipSummary
from services.transfer.timefmt import UtcDateTime

Level = Literal["reminder", "supervision"]


class ReminderPublic(BaseModel):
    """A reminder (催办) or supervision (督办) record: who was told about which deadline, when."""

    slip_id: int
    slip_number: str
    level: Level
    level_name: str
    due_kind: DueKind | Literal["paperwork", "major_report"]
    due_date: date
    department_id: str
    reminded: str
    at: UtcDateTime


class PaperworkOutstanding(BaseModel):
    """An emergency case whose paperwork (补齐手续) is still outstanding after the aid given first."""

    case_id: int
    case_number: str
    paperwork_due_date: date
    overdue: bool


class SupervisionOverview(BaseModel):
    """The supervision board: overdue, near due, reminders, emergency paperwork outstanding."""

    overdue: list[SlipSummary] = Field(description="最近的逾期通知单（至多 200 张，新的在前）")
    near_due: list[SlipSummary] = Field(description="最近的临期通知单（至多 200 张）")
    overdue_total: int = Field(description="逾期通知单总数（列表可能只显示一部分）")
    near_due_total: int = Field(description="临期通知单总数")
    reminders: list[ReminderPublic]
    paperwork_outstanding: list[PaperworkOutstanding]
    major_reports_outstanding: list[MajorReportPublic] = Field(
        default=[], description="已报告区政府、尚未签收的重大情况（情况重大）"
    )


class SweepCounts(BaseModel):
    """How many reminders (催办) and supervision records (督办) one sweep wrote."""

    reminder: int
    supervision: int

"""Supervision schemas."""

from datetime import date

from pydantic import BaseModel

from services.transfer.slips.schemas import SlipSummary
from services.transfer.timefmt import UtcDateTime


class ReminderPublic(BaseModel):
    """A reminder (催办) or supervision (督办) record: who was told about which deadline, when."""

    slip_id: int
    slip_number: str
    level: str
    level_name: str
    due_kind: str
    due_date: date
    department_id: str
    reminded: str
    at: UtcDateTime


class SupervisionOverview(BaseModel):
    """The supervision board: overdue, near due, reminders, emergency paperwork outstanding."""

    overdue: list[SlipSummary]
    near_due: list[SlipSummary]
    reminders: list[ReminderPublic]
    paperwork_outstanding: list[dict]

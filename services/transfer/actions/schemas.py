"""Schemas of a chosen 催办 / 督办."""

from typing import Literal

from pydantic import BaseModel, Field

from services.transfer.timefmt import UtcDateTime

Level = Literal["reminder", "supervision"]


class ActionCreate(BaseModel):
    """What the supervisor sends: 催办 (reminder) or 督办 (supervision), and why."""

    level: Level = Field(examples=["supervision"])
    note: str = Field(min_length=2, max_length=500, examples=["已逾期两个工作日，请今日内给出办理意见"])

    model_config = {"extra": "forbid"}


class ActionPublic(BaseModel):
    """A recorded 催办 / 督办 on one slip (an entry of its history)."""

    id: int = Field(description="通知单记录编号")
    slip_id: int
    slip_number: str
    case_id: int
    case_number: str
    level: Level
    level_name: str = Field(examples=["督办"])
    detail: str = Field(description="记录内容：期限、被提醒的经办人（A岗外出时含B岗）和说明")
    department_id: str
    department_name: str
    actor_name: str
    at: UtcDateTime

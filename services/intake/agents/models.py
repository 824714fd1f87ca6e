"""Agents (代办员) and grid workers: the village or community they serve, beside their login account."""

from datetime import datetime

from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class AgentProfile(IntakeTable, table=True):
    """One agent or grid worker of a 村居 (seed 000: one agent in each of 45 villages/communities)."""

    __tablename__ = "agent_profile"

    username: str = Field(primary_key=True, max_length=64)  # the staff_account it belongs to
    role: str = Field(max_length=32)  # Role.AGENT | Role.GRID_WORKER
    name: str = Field(max_length=64)
    region: str = Field(max_length=12, index=True)  # the town the 村居 belongs to
    community: str = Field(max_length=100, index=True)  # 村居 name
    area: str = Field(default="", max_length=200)  # the streets/buildings it covers
    id_number: str = Field(max_length=18)  # an agent's own ID: applications name who applied for whom
    phone: str = Field(default="", max_length=32)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)

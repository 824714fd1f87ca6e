"""Agents (代办员) and grid workers: registration, listing with workload, their cases."""

from pydantic import BaseModel, Field

from services.common.vocabulary import Role
from services.intake.text import Body


class AgentCreate(Body):
    """An admin registers an agent or grid worker of a village/community, with a login."""

    username: str = Field(min_length=3, max_length=64, pattern=r"^[a-z0-9_.-]+$", examples=["agent_hd_qj"])
    password: str = Field(min_length=12, max_length=200)
    role: Role = Field(default=Role.AGENT, examples=["agent"])
    name: str = Field(min_length=1, max_length=64, examples=["刘秀兰"])
    region: str = Field(min_length=9, max_length=9, pattern=r"^[0-9]{9}$", examples=["370211001"])
    community: str = Field(min_length=1, max_length=100, examples=["戚家社区"])
    area: str = Field(default="", max_length=200, examples=["戚家社区1-12号楼"])
    id_number: str = Field(min_length=15, max_length=20)
    phone: str = Field(default="", max_length=32, pattern=r"^$|^1[3-9][0-9]{9}$")


class AgentWorkload(BaseModel):
    """An agent's cases and field work, and how timely its cases were concluded."""

    cases_total: int = 0
    cases_open: int = 0
    cases_concluded: int = 0
    cases_overdue: int = 0
    concluded_on_time: int = 0
    home_tasks_open: int = 0
    visits_last_7_days: int = 0


class AgentPublic(BaseModel):
    """An agent as listed (its own ID number masked)."""

    username: str
    role: Role
    role_name: str
    name: str
    region: str
    region_name: str
    community: str
    area: str
    id_number_masked: str
    phone: str
    active: bool
    workload: AgentWorkload

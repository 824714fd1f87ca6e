"""Agents API (代办员): register per village/community, list with workload, an agent's own cases."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import Role
from services.intake.agents import service
from services.intake.agents.schemas import AgentCreate, AgentPublic
from services.intake.applications.schemas import LedgerRow
from services.intake.deps import CalendarDep

router = APIRouter(prefix="/v1/agents", tags=["agents"])
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
Reader = Annotated[
    Principal,
    Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN, Role.AGENT, Role.GRID_WORKER)),
]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
Username = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]


@router.post(
    "",
    status_code=201,
    response_model=AgentPublic,
    responses=ERRORS,
    summary="代办员：登记村居代办员或网格员（含登录账号）",
    description="调用方：管理员（各自区域）。每个村居的专兼职代办员（种子 000）；密码须符合密码策略。",
)
def register_agent(body: AgentCreate, principal: Admin, session: SessionDep, clock: ClockDep) -> AgentPublic:
    profile = service.register_agent(session=session, principal=principal, body=body)
    return service.agent_public(session=session, profile=profile, today=clock.today())


@router.get(
    "",
    response_model=list[AgentPublic],
    responses=ERRORS,
    summary="代办员：名单与工作量（代办件数、在办、逾期、按时办结、上门任务、近7天走访）",
    description="调用方：窗口工作人员、监督人员、管理员（各自区域）；代办员、网格员只看到自己。",
)
def list_agents(
    principal: Reader,
    session: SessionDep,
    clock: ClockDep,
    region: Annotated[str | None, Query(min_length=6, max_length=12, pattern=r"^[0-9]+$")] = None,
    community: Annotated[str | None, Query(max_length=100)] = None,
) -> list[AgentPublic]:
    return service.list_agents(
        session=session, principal=principal, today=clock.today(), region=region, community=community
    )


@router.get(
    "/{username}/cases",
    response_model=list[LedgerRow],
    responses=ERRORS,
    summary="代办员：其代为提交和跟进的案件",
    description="调用方：代办员本人（只看到自己的案件），或本区域的窗口工作人员、监督人员、管理员。",
)
def agent_cases(
    username: Username, principal: Reader, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> list[LedgerRow]:
    profile = service.get_agent(session=session, principal=principal, username=username)
    return service.agent_cases(session=session, calendar=calendar, profile=profile, today=clock.today())

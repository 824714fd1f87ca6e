"""Home-service API (上门服务): tasks for the elderly, sick and disabled; assign, result, register at the door."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import HomeTaskStatus, Role
from services.intake import flows
from services.intake.deps import CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.homeservice import service
from services.intake.homeservice.schemas import (
    HomeTaskAssign,
    HomeTaskCreate,
    HomeTaskPublic,
    HomeTaskResult,
    OnTheSpotApplication,
    StartedApplication,
)

router = APIRouter(prefix="/v1/home-tasks", tags=["home_service"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.ADMIN))]
Worker = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.AGENT, Role.ADMIN))]
Reader = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN, Role.AGENT))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
WHO = "调用方：窗口工作人员（本镇街）、代办员（指派给自己的任务）。"


@router.post(
    "",
    status_code=201,
    response_model=HomeTaskPublic,
    responses=ERRORS,
    summary="上门：登记上门服务任务（老弱病残）",
    description=WHO + "代办员登记的任务直接指派给本人。",
)
def create_task(
    body: HomeTaskCreate, principal: Worker, session: SessionDep, clock: ClockDep
) -> HomeTaskPublic:
    return service.task_public(
        service.create_task(session=session, principal=principal, body=body, today=clock.today())
    )


@router.get(
    "",
    response_model=list[HomeTaskPublic],
    responses=ERRORS,
    summary="上门：任务列表",
    description="调用方：窗口工作人员、监督人员、管理员（各自区域）；代办员只看到指派给自己的任务。手机号打码。",
)
def list_tasks(
    principal: Reader,
    session: SessionDep,
    status: HomeTaskStatus | None = None,
    region: Annotated[str | None, Query(min_length=6, max_length=12, pattern=r"^[0-9]+$")] = None,
) -> list[HomeTaskPublic]:
    rows = service.list_tasks(session=session, principal=principal, status=status, region=region)
    return [service.task_public(t) for t in rows]


@router.post(
    "/{task_id}/assign",
    response_model=HomeTaskPublic,
    responses=ERRORS,
    summary="上门：指派给窗口工作人员或代办员",
    description="调用方：窗口工作人员、管理员（本区域）。",
)
def assign(task_id: DbId, body: HomeTaskAssign, principal: Window, session: SessionDep) -> HomeTaskPublic:
    task = service.get_task(session=session, principal=principal, task_id=task_id)
    return service.task_public(
        service.assign(session=session, task=task, principal=principal, username=body.assignee_username)
    )


@router.post(
    "/{task_id}/result",
    response_model=HomeTaskPublic,
    responses=ERRORS,
    summary="上门：记录上门结果（结束任务）",
    description=WHO,
)
def record_result(
    task_id: DbId, body: HomeTaskResult, principal: Worker, session: SessionDep, clock: ClockDep
) -> HomeTaskPublic:
    task = service.get_task(session=session, principal=principal, task_id=task_id)
    return service.task_public(
        service.record_result(session=session, task=task, principal=principal, body=body, today=clock.today())
    )


@router.post(
    "/{task_id}/cancel",
    response_model=HomeTaskPublic,
    responses=ERRORS,
    summary="上门：取消任务",
    description="调用方：窗口工作人员、管理员。",
)
def cancel(task_id: DbId, principal: Window, session: SessionDep) -> HomeTaskPublic:
    task = service.get_task(session=session, principal=principal, task_id=task_id)
    return service.task_public(service.cancel(session=session, task=task, principal=principal))


@router.post(
    "/{task_id}/application",
    status_code=201,
    response_model=StartedApplication,
    responses=ERRORS,
    summary="上门：现场登记申请（渠道：上门服务登记）",
    description=WHO + "经正常登记流程（编号、重复救助核查、一次性告知期限），案件的首问责任人为上门人员。",
)
def register_at_home(
    task_id: DbId,
    body: OnTheSpotApplication,
    principal: Worker,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
) -> StartedApplication:
    task = service.get_task(session=session, principal=principal, task_id=task_id)
    return flows.application_at_home(
        session=session,
        calendar=calendar,
        principal=principal,
        task=task,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=clock.today(),
    )

"""Social forces API (慈善/社会力量): publish needs, organisations take them up (转介通知单), outcomes."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import NeedStatus
from services.transfer.deps import CtxDep, DbId
from services.transfer.needs import service
from services.transfer.needs.schemas import NeedCreate, NeedPublic, OrganisationOutcome

router = APIRouter(prefix="/v1/needs", tags=["needs"])
Window = Annotated[Principal, Depends(require("window_staff", "admin"))]
Reader = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Organisation = Annotated[Principal, Depends(require("department_staff"))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)


@router.post(
    "",
    status_code=201,
    response_model=NeedPublic,
    responses=ERRORS,
    summary="慈善/社会力量：发布无部门承接的需求（去除个人信息）",
    description="调用方：窗口工作人员（本区域案件）。标题和说明中含姓名、身份证号或电话号码时 422。",
)
def publish(body: NeedCreate, principal: Window, session: SessionDep) -> NeedPublic:
    return service.need_public(session, service.publish(session=session, principal=principal, body=body))


@router.get(
    "",
    response_model=list[NeedPublic],
    responses=ERRORS,
    summary="慈善/社会力量：需求列表",
    description="调用方：社会组织（本区待认领的和自己认领的）、窗口工作人员、监督人员、管理员（各自区域）。",
)
def list_needs(principal: Reader, session: SessionDep, status: NeedStatus | None = None) -> list[NeedPublic]:
    return [
        service.need_public(session, n)
        for n in service.list_needs(session=session, principal=principal, status=status)
    ]


@router.post(
    "/{need_id}/take",
    response_model=NeedPublic,
    responses=ERRORS,
    summary="慈善/社会力量：社会组织认领需求（发出转介通知单）",
    description="调用方：社会组织账号。认领即向本组织发出转介通知单（3个工作日内提出意见），此后可见案件详情。"
    "已被认领 409。",
)
def take(need_id: DbId, principal: Organisation, session: SessionDep, ctx: CtxDep) -> NeedPublic:
    need = service.get_need(session=session, principal=principal, need_id=need_id)
    return service.need_public(
        session, service.take_up(session=session, ctx=ctx, principal=principal, need=need)
    )


@router.post(
    "/{need_id}/withdraw",
    response_model=NeedPublic,
    responses=ERRORS,
    summary="慈善/社会力量：撤回待认领的需求",
    description="调用方：窗口工作人员、管理员。",
)
def withdraw(need_id: DbId, principal: Window, session: SessionDep) -> NeedPublic:
    need = service.get_need(session=session, principal=principal, need_id=need_id)
    return service.need_public(session, service.withdraw(session=session, principal=principal, need=need))


@router.get(
    "/outcomes",
    response_model=list[OrganisationOutcome],
    responses=ERRORS,
    summary="慈善/社会力量：各社会组织认领与办理情况",
    description="调用方：窗口工作人员、监督人员、管理员。按转介通知单状态统计。",
)
def outcomes(principal: Reader, session: SessionDep, clock: ClockDep) -> list[OrganisationOutcome]:
    return service.outcomes(session=session, principal=principal, today=clock.today())

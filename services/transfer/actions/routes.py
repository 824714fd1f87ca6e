"""催办 / 督办 chosen by a supervisor: on one slip, on a case's open slips, and the latest ones."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.actions import service
from services.transfer.actions.schemas import ActionCreate, ActionPublic
from services.transfer.deps import CtxDep, DbId

router = APIRouter(tags=["supervision"])
Supervisor = Annotated[Principal, Depends(require("supervisor", "admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)


@router.post(
    "/v1/slips/{slip_id}/supervision", status_code=201, summary="对一张通知单催办或督办", responses=ERRORS
)
def act_on_slip(
    slip_id: DbId, body: ActionCreate, session: SessionDep, ctx: CtxDep, principal: Supervisor
) -> ActionPublic:
    """监督人员、系统管理员（本辖区）。记录催办/督办和说明，写入通知单记录和受理案件时间线，
    回调方式的部门收到与自动扫描相同的 `slip.reminder` / `slip.supervision` 消息（`manual: true`）。
    已办结或已退回的通知单 409。"""
    return service.act_on_slip(
        session=session,
        ctx=ctx,
        principal=principal,
        slip_id=slip_id,
        level=body.level,
        note=body.note,
        now=ctx.clock.now(),
    )


@router.post(
    "/v1/cases/{case_id}/supervision",
    status_code=201,
    summary="对一个案件的在办通知单催办或督办",
    responses=ERRORS,
)
def act_on_case(
    case_id: DbId, body: ActionCreate, session: SessionDep, ctx: CtxDep, principal: Supervisor
) -> list[ActionPublic]:
    """监督人员、系统管理员（本辖区）。案件（受理服务的案件编号 id）所有在办通知单各催办/督办一次；没有在办的 409。"""
    return service.act_on_case(
        session=session,
        ctx=ctx,
        principal=principal,
        case_id=case_id,
        level=body.level,
        note=body.note,
        now=ctx.clock.now(),
    )


@router.get(
    "/v1/supervision/actions",
    summary="最近的人工催办、督办",
    responses=problem_responses(Unauthorized, Forbidden),
)
def recent(
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin", "window_staff"))],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[ActionPublic]:
    """监督人员、系统管理员、窗口工作人员（本辖区）。新的在前。"""
    return service.recent(session=session, principal=principal, limit=limit)

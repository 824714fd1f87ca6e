"""Delivery log and manual replay per slip."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, NotFound, Unauthorized, problem_responses
from services.transfer.delivery import service
from services.transfer.delivery.schemas import ReplayResult, SlipDeliveries
from services.transfer.departments.models import Department
from services.transfer.deps import DbId
from services.transfer.slips import queries

router = APIRouter(prefix="/v1/slips/{slip_id}/deliveries", tags=["deliveries"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Operator = Annotated[Principal, Depends(require("window_staff", "admin"))]


@router.get(
    "",
    response_model=SlipDeliveries,
    summary="通知单推送记录（每次尝试的时间、状态码、耗时）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def list_deliveries(slip_id: DbId, session: SessionDep, principal: Staff) -> SlipDeliveries:
    queries.get_visible(session, principal, slip_id)
    return service.slip_deliveries(session=session, slip_id=slip_id)


@router.post(
    "/replay",
    response_model=ReplayResult,
    summary="重新推送失败或已放弃的消息",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict),
)
def replay(slip_id: DbId, session: SessionDep, principal: Operator) -> ReplayResult:
    slip = queries.get_visible(session, principal, slip_id)
    if session.get(Department, slip.receiver_id).callback_disabled:
        raise Conflict("接收部门的回调地址已停用，请管理员在部门管理中修复并重新启用", field="slip_id")
    return ReplayResult(slip_id=slip_id, replayed=service.replay(session=session, slip_id=slip_id))

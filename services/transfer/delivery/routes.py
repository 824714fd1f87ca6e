"""Delivery log and manual replay per slip."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, NotFound, Unauthorized, problem_responses
from services.common.openapi import answer_example
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
    name="list",
    response_model=SlipDeliveries,
    summary="通知单推送记录（每次尝试的时间、状态码、耗时）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound)
    | answer_example(
        {
            "slip_id": 7,
            "messages": [
                {
                    "outbox_id": 11,
                    "webhook_id": "msg_7_issued",
                    "event_type": "slip.issued",
                    "status": "delivered",
                    "attempts": 2,
                    "next_attempt_at": "2026-03-16T01:31:00Z",
                    "last_error": None,
                }
            ],
            "attempts": [
                {
                    "outbox_id": 11,
                    "event_type": "slip.issued",
                    "department_id": "370211-education",
                    "attempt": 1,
                    "at": "2026-03-16T01:30:01Z",
                    "status_code": 503,
                    "latency_ms": 120,
                    "outcome": "failed",
                    "error": "HTTP 503",
                }
            ],
        }
    ),
)
def list_deliveries(slip_id: DbId, session: SessionDep, principal: Staff) -> SlipDeliveries:
    """工作人员（可见的通知单）。向协同部门系统推送的每条消息及每次尝试：时间、状态码、耗时、错误。"""
    queries.get_visible(session, principal, slip_id)
    return service.slip_deliveries(session=session, slip_id=slip_id)


@router.post(
    "/replay",
    response_model=ReplayResult,
    summary="重新推送失败或已放弃的消息",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict)
    | answer_example({"slip_id": 7, "replayed": 1}),
)
def replay(slip_id: DbId, session: SessionDep, principal: Operator) -> ReplayResult:
    """窗口工作人员、系统管理员。失败或已放弃的消息重新排队（同一 webhook-id，部门系统据此去重）；
    回调地址已停用时为 409，须先由管理员修复并重新启用。"""
    slip = queries.get_visible(session, principal, slip_id)
    if session.get(Department, slip.receiver_id).callback_disabled:
        raise Conflict("接收部门的回调地址已停用，请管理员在部门管理中修复并重新启用", field="slip_id")
    return ReplayResult(slip_id=slip_id, replayed=service.replay(session=session, slip_id=slip_id))

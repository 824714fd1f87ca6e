"""Transfer tells intake what happened to a case's slips."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import Role
from services.intake.applications.service import get_visible
from services.intake.deps import DbId
from services.intake.handoff import service
from services.intake.handoff.schemas import (
    MAX_EVENTS_PER_BATCH,
    EventBatchReceipt,
    EventReceipt,
    SlipEvent,
    SlipEventBatch,
)

router = APIRouter(prefix="/v1/applications", tags=["events"])
Service = Annotated[Principal, Depends(require(Role.SERVICE))]


@router.post(
    "/events",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="转办服务批量回传通知单事件（幂等）",
    description="调用方：转办服务（service 令牌）。一次回传多个案件的通知单事件（至多"
    f"{MAX_EVENTS_PER_BATCH}条），按所给顺序逐条处理，效果与逐条调用 `POST /v1/applications/{{id}}/events` 相同"
    "（同一 `event_id` 只记一次）；一次请求、一个事务。每条事件一个结果（`results` 与请求同序）：已记录或重复"
    "（`recorded`）及案件状态；单条出错（案件不存在 404、时间格式不对 422）时给出 `error`，不影响其余事件。",
)
def receive_batch(body: SlipEventBatch, principal: Service, session: SessionDep) -> EventBatchReceipt:
    return EventBatchReceipt(
        results=service.receive_events(session=session, principal=principal, events=body.events)
    )


@router.post(
    "/{application_id}/events",
    status_code=202,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
    summary="转办服务回传通知单事件（幂等）",
    description="调用方：转办服务（service 令牌）。把通知单上发生的事（签收、办理意见、结果、反馈、退回、催办、督办…）"
    "写入案件时间线，同一 `event_id` 只记一次（重复时 `recorded` 为 false）；首个办理事件使已受理的案件转为办理中，"
    "`all_slips_completed` 为真时案件办结。",
)
def receive(
    application_id: DbId,
    body: SlipEvent,
    principal: Service,
    session: SessionDep,
    # declared so the platform's replay-by-key steps aside: this route is idempotent on event_id itself
    _idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key", max_length=200, description="等于 event_id；重复时 recorded 为 false"
        ),
    ] = None,
) -> EventReceipt:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    recorded = service.receive_event(session=session, app=app, principal=principal, event=body)
    return EventReceipt(recorded=recorded, status=app.status)

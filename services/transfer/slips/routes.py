"""Slip API: cases in from intake, slips out to receivers, events back, public verification."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.deps import CtxDep, DbId
from services.transfer.slips import issuing, queries, transitions
from services.transfer.slips.schemas import (
    MAX_ID,
    AccessEntry,
    CaseSubmit,
    CaseSubmitted,
    EmergencyAidIn,
    EmergencyAidPublic,
    Kind,
    Onward,
    SlipDetail,
    SlipEventIn,
    SlipSummary,
    Verification,
)

router = APIRouter(tags=["slips"])
Reader = Annotated[
    Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin", "partner"))
]
Receiver = Annotated[Principal, Depends(require("window_staff", "department_staff", "partner"))]
Window = Annotated[Principal, Depends(require("window_staff"))]
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
STATES = Annotated[
    str | None,
    Query(
        pattern="^(issued|delivered|acknowledged|opinion_given|handled|feedback_given|returned|forwarded)$"
    ),
]


@router.post(
    "/v1/cases",
    response_model=CaseSubmitted,
    status_code=201,
    summary="接收已受理案件并逐项发出通知单",
    responses={
        200: {"description": "重复提交：返回已发出的通知单"},
        **problem_responses(Unauthorized, Forbidden, Invalid, Conflict),
    },
)
def submit_case(
    body: CaseSubmit,
    response: Response,
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require())],
    idempotency_key: IdemKey = None,
) -> CaseSubmitted:
    status, answer = issuing.submit_case(
        session=session, ctx=ctx, body=body, idempotency_key=idempotency_key, principal=principal
    )
    response.status_code = status
    return answer


@router.post(
    "/v1/cases/{case_id}/emergency-aid",
    response_model=EmergencyAidPublic,
    status_code=201,
    summary="登记先行救助",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict),
)
def record_emergency_aid(
    case_id: DbId,
    body: EmergencyAidIn,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("window_staff", "department_staff"))],
    clock: ClockDep,
) -> EmergencyAidPublic:
    return issuing.record_emergency_aid(
        session=session, case_id=case_id, body=body, principal=principal, today=clock.today()
    )


@router.post(
    "/v1/cases/{case_id}/paperwork-completed",
    summary="紧急案件补齐手续",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict),
)
def complete_paperwork(case_id: DbId, session: SessionDep, principal: Window) -> dict:
    case = issuing.complete_paperwork(session=session, case_id=case_id, principal=principal)
    return {"case_id": case.case_id, "paperwork_completed_at": case.paperwork_completed_at.isoformat()}


@router.get(
    "/v1/slips",
    response_model=list[SlipSummary],
    summary="通知单列表（按类型、接收部门、状态、逾期、区域筛选）",
    responses=problem_responses(Unauthorized, Forbidden),
)
def list_slips(
    session: SessionDep,
    ctx: CtxDep,
    principal: Reader,
    kind: Kind | None = None,
    receiver: str | None = None,
    state: STATES = None,
    overdue: bool | None = None,
    near_due: bool | None = None,
    region: str | None = None,
    case_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[SlipSummary]:
    return queries.list_slips(
        session=session,
        ctx=ctx,
        principal=principal,
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
        limit=limit,
    )


@router.get(
    "/v1/slips/{slip_id}",
    response_model=SlipDetail,
    summary="通知单详情（读取留痕）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def get_slip(slip_id: DbId, session: SessionDep, ctx: CtxDep, principal: Reader) -> SlipDetail:
    return queries.detail(session, ctx, queries.get_visible(session, principal, slip_id), principal=principal)


@router.get(
    "/v1/slips/{slip_id}/access-log",
    response_model=list[AccessEntry],
    summary="通知单读取留痕",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def access_log(
    slip_id: DbId,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin"))],
) -> list[AccessEntry]:
    return queries.access_log(session=session, principal=principal, slip_id=slip_id)


@router.post(
    "/v1/slips/{slip_id}/events",
    response_model=SlipDetail,
    summary="接收部门回执：签收、办理意见、办理结果、反馈、退回",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict),
)
def post_event(
    slip_id: DbId,
    event: SlipEventIn,
    session: SessionDep,
    ctx: CtxDep,
    principal: Receiver,
    idempotency_key: IdemKey = None,
) -> SlipDetail:
    return transitions.apply_event(
        session=session,
        ctx=ctx,
        slip_id=slip_id,
        event=event,
        principal=principal,
        idempotency_key=idempotency_key,
    )


@router.post(
    "/v1/slips/{slip_id}/forward",
    response_model=SlipDetail,
    status_code=201,
    summary="区民政局窗口转出转送通知单（转交/转办/转介）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict),
)
def forward_slip(
    slip_id: DbId, body: Onward, request: Request, session: SessionDep, ctx: CtxDep, principal: Window
) -> SlipDetail:
    return transitions.forward(
        session=session,
        ctx=ctx,
        slip_id=slip_id,
        body=body,
        principal=principal,
        eligibility=request.app.state.eligibility,
    )


@router.post(
    "/v1/slips/{slip_id}/reroute",
    response_model=SlipDetail,
    status_code=201,
    summary="被退回的通知单重新分流",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict),
)
def reroute_slip(
    slip_id: DbId, body: Onward, request: Request, session: SessionDep, ctx: CtxDep, principal: Window
) -> SlipDetail:
    return transitions.reroute(
        session=session,
        ctx=ctx,
        slip_id=slip_id,
        body=body,
        principal=principal,
        eligibility=request.app.state.eligibility,
    )


@router.get(
    "/verify/{code}",
    response_model=Verification,
    tags=["verify"],
    summary="通知单真伪与状态核验（公开）",
    responses=problem_responses(NotFound),
)
def verify(code: str, session: SessionDep) -> Verification:
    return queries.verify(session=session, code=code)

"""Slip API: cases in from intake, slips out to receivers, events back, public verification."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Header, Path, Query, Request, Response

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.common.export import export_response, wanted, with_exports
from services.common.openapi import answer_example
from services.common.vocabulary import SlipKind, SlipState
from services.transfer.deps import CtxDep, DbId
from services.transfer.slips import examples, exports, issuing, queries, transitions
from services.transfer.slips.schemas import (
    MAX_ID,
    AccessEntry,
    CaseSubmit,
    CaseSubmitted,
    EmergencyAidIn,
    EmergencyAidPublic,
    Onward,
    PaperworkCompleted,
    SlipDetail,
    SlipEventIn,
    SlipSummary,
    Verification,
)

cases = APIRouter(tags=["cases"])
router = APIRouter(tags=["slips"])
public = APIRouter(tags=["verify"])
Reader = Annotated[
    Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin", "partner"))
]
Receiver = Annotated[Principal, Depends(require("window_staff", "department_staff", "partner"))]
Window = Annotated[Principal, Depends(require("window_staff"))]
IdemKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", max_length=200, description="重试时带同一个键，只执行一次"),
]


@cases.post(
    "/v1/cases",
    response_model=CaseSubmitted,
    status_code=201,
    summary="接收已受理案件并逐项发出通知单",
    responses={
        200: {"model": CaseSubmitted, "description": "重复提交（同一 Idempotency-Key）：返回已发出的通知单"},
        **problem_responses(Unauthorized, Forbidden, Invalid, Conflict),
    }
    | answer_example(examples.CASE_SUBMITTED, status=201),
)
def submit(
    body: Annotated[CaseSubmit, Body(openapi_examples=examples.CASE_SUBMIT)],
    response: Response,
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require())],
    request: Request,
    idempotency_key: IdemKey = None,
) -> CaseSubmitted:
    """仅限内部服务令牌（受理服务的发件箱，`Idempotency-Key: case-<case_id>`）。

    每个事项按其分流结果发出一张通知单（分办/转送/转交/转办/转介），接收部门为网页收件箱时即时送达，
    为系统对接时推送 `slip.issued` 消息。同一键重复提交返回 200 与原通知单，从不重复发单；
    同一键不同内容为 409。
    """
    status, answer = issuing.submit_case(
        session=session,
        ctx=ctx,
        body=body,
        idempotency_key=idempotency_key,
        principal=principal,
        cap_limits=request.app.state.cap_limits,
    )
    response.status_code = status
    return answer


@cases.post(
    "/v1/cases/{case_id}/emergency-aid",
    response_model=EmergencyAidPublic,
    status_code=201,
    summary="登记先行救助",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict, ServiceUnavailable)
    | answer_example(examples.EMERGENCY_AID, status=201),
)
def record_emergency_aid(
    case_id: DbId,
    body: Annotated[EmergencyAidIn, Body(openapi_examples=examples.EMERGENCY_AID_IN)],
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("window_staff", "department_staff"))],
    clock: ClockDep,
    request: Request,
) -> EmergencyAidPublic:
    """窗口工作人员、部门经办人（本辖区案件）。

    紧急案件先行救助后登记谁给了什么、金额多少（元）；非紧急案件为 409。登记写入案件时间线并告知受理服务。
    先行救助计入临时救助每户每年次数与金额上限，超过时为 409（列出已救助次数与金额），资格服务不可用时为 503。
    """
    return issuing.record_emergency_aid(
        session=session,
        case_id=case_id,
        body=body,
        principal=principal,
        today=clock.today(),
        cap_limits=request.app.state.cap_limits,
    )


@cases.post(
    "/v1/cases/{case_id}/paperwork-completed",
    response_model=PaperworkCompleted,
    summary="紧急案件补齐手续",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict)
    | answer_example({"case_id": 42, "paperwork_completed_at": "2026-03-18T02:15:00Z"}),
)
def complete_paperwork(case_id: DbId, session: SessionDep, principal: Window) -> PaperworkCompleted:
    """窗口工作人员（本辖区案件）。紧急案件先行救助后补齐手续；已补齐或非紧急案件为 409。"""
    case = issuing.complete_paperwork(session=session, case_id=case_id, principal=principal)
    return PaperworkCompleted(case_id=case.case_id, paperwork_completed_at=case.paperwork_completed_at)


@router.get(
    "/v1/slips",
    name="list",
    response_model=list[SlipSummary],
    summary="通知单列表（按类型、接收部门、状态、逾期、区域筛选）",
    responses=with_exports(
        problem_responses(Unauthorized, Forbidden) | answer_example([examples.SLIP_SUMMARY])
    ),
)
def list_slips(
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Reader,
    kind: SlipKind | None = None,
    receiver: Annotated[str | None, Query(max_length=64, description="接收部门编号")] = None,
    state: SlipState | None = None,
    overdue: bool | None = None,
    near_due: bool | None = None,
    region: Annotated[str | None, Query(max_length=12, description="区域代码前缀")] = None,
    case_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> list[SlipSummary]:
    """工作人员与协同部门系统。只列出调用者可见的通知单：接收部门只见发给本部门的，
    窗口与监督人员见本辖区的；列表不含身份证号，申请人姓名已遮蔽。
    `Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部通知单（不受 limit 限制）。"""
    filters = dict(
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
    )
    if fmt := wanted(request):
        query = queries.slip_query(session=session, ctx=ctx, principal=principal, **filters)
        today, db = ctx.clock.today(), request.app.state.db
        return export_response(
            fmt,
            filename="通知单",
            header=exports.HEADER,
            rows=lambda: exports.rows(db=db, query=query, today=today),
        )
    return queries.list_slips(session=session, ctx=ctx, principal=principal, limit=limit, **filters)


@router.get(
    "/v1/slips/{slip_id}",
    name="get",
    response_model=SlipDetail,
    summary="通知单详情（读取留痕）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def get_slip(slip_id: DbId, session: SessionDep, ctx: CtxDep, principal: Reader) -> SlipDetail:
    """工作人员与协同部门系统（可见的通知单；不可见的与不存在的一样答 404）。

    含申请人身份信息、期限与办理过程；每次读取都记入读取留痕（`access-log`）。
    """
    return queries.detail(session, ctx, queries.get_visible(session, principal, slip_id), principal=principal)


@router.get(
    "/v1/slips/{slip_id}/access-log",
    response_model=list[AccessEntry],
    summary="通知单读取留痕",
    responses=problem_responses(Unauthorized, Forbidden, NotFound)
    | answer_example(
        [
            {
                "subject": "dept_hd_ca",
                "role": "department_staff",
                "department_id": "370211001-civil",
                "at": "2026-03-16T01:02:03Z",
            }
        ]
    ),
)
def access_log(
    slip_id: DbId,
    session: SessionDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin"))],
) -> list[AccessEntry]:
    """监督人员、系统管理员。谁在何时读取过这张通知单的个人信息。"""
    return queries.access_log(session=session, principal=principal, slip_id=slip_id)


@router.post(
    "/v1/slips/{slip_id}/events",
    response_model=SlipDetail,
    summary="接收部门回执：签收、办理意见、办理结果、反馈、退回",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict, ServiceUnavailable),
)
def post_event(
    slip_id: DbId,
    event: Annotated[SlipEventIn, Body(openapi_examples=examples.SLIP_EVENTS)],
    session: SessionDep,
    ctx: CtxDep,
    principal: Receiver,
    request: Request,
    idempotency_key: IdemKey = None,
) -> SlipDetail:
    """接收部门的经办人、协同部门系统（`ymp_` 令牌）；区民政局窗口签收转送通知单。

    按顺序：签收 → 3 个工作日内办理意见 → 办理结果（同意救助时登记金额即记为救助发放）→
    3 个工作日内反馈（负责人签字）；办结前可退回。顺序不对为 409；带 `Idempotency-Key` 重试只执行一次。
    临时救助的同意金额超过每户每年 2 次或 30000 元（含先行救助）时为 409，问题详情列出已救助次数、金额与上限；
    资格服务不可用、无法核对上限时为 503，均不写入。
    """
    return transitions.apply_event(
        session=session,
        ctx=ctx,
        slip_id=slip_id,
        event=event,
        principal=principal,
        idempotency_key=idempotency_key,
        cap_limits=request.app.state.cap_limits,
    )


@router.post(
    "/v1/slips/{slip_id}/forward",
    response_model=SlipDetail,
    status_code=201,
    summary="区民政局窗口转出转送通知单（转交/转办/转介）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict),
)
def forward(
    slip_id: DbId,
    body: Annotated[Onward, Body(openapi_examples=examples.ONWARD)],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Window,
) -> SlipDetail:
    """区民政局社会救助窗口（区级 window_staff）。

    把收到的转送通知单转交户籍地镇街、转办区级部门或转介社会组织：给出分流结果或目录中的接收部门。
    原通知单记为已转出，答复为新发出的通知单。
    """
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
def reroute(
    slip_id: DbId,
    body: Annotated[Onward, Body(openapi_examples=examples.ONWARD)],
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Window,
) -> SlipDetail:
    """发出该通知单的窗口工作人员。被退回的通知单改发给另一接收部门；答复为新发出的通知单。"""
    return transitions.reroute(
        session=session,
        ctx=ctx,
        slip_id=slip_id,
        body=body,
        principal=principal,
        eligibility=request.app.state.eligibility,
    )


@public.get(
    "/verify/{code}",
    response_model=Verification,
    summary="通知单真伪与状态核验（公开）",
    responses=problem_responses(NotFound) | answer_example(examples.VERIFICATION),
)
def verify_slip(code: Annotated[str, Path(max_length=64)], session: SessionDep) -> Verification:
    """任何人，无需令牌（纸质通知单上的二维码）。答复真伪与当前状态，不含个人身份信息。"""
    return queries.verify(session=session, code=code)

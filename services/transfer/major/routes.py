"""情况重大 API: report a case to the district government, record its acknowledgement, read it."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.deps import CtxDep, DbId
from services.transfer.major import service
from services.transfer.major.schemas import AcknowledgementIn, MajorReportIn, MajorReportPublic

router = APIRouter(tags=["cases"])
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict)


@router.post(
    "/v1/cases/{case_id}/major-report",
    response_model=MajorReportPublic,
    status_code=201,
    responses=ERRORS,
    summary="情况重大：报告区政府",
)
def report(
    case_id: DbId,
    body: Annotated[MajorReportIn, Body()],
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require("window_staff"))],
) -> MajorReportPublic:
    """窗口工作人员（本辖区案件）。情况重大的案件报告区政府：记录谁、何时、报告了什么，区政府签收期限为
    3个工作日，逾期由期限监控催办、督办；每案一次，重复报告为 409。"""
    return service.report(session=session, ctx=ctx, case_id=case_id, body=body, principal=principal)


@router.post(
    "/v1/cases/{case_id}/major-report/acknowledgement",
    response_model=MajorReportPublic,
    responses=ERRORS,
    summary="登记区政府签收重大情况报告",
)
def acknowledge(
    case_id: DbId,
    body: Annotated[AcknowledgementIn, Body()],
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin"))],
) -> MajorReportPublic:
    """区级监督人员、系统管理员。登记区政府何时由谁签收；已签收为 409，未报告为 404。"""
    return service.acknowledge(session=session, ctx=ctx, case_id=case_id, body=body, principal=principal)


@router.get(
    "/v1/cases/{case_id}/major-report",
    response_model=MajorReportPublic,
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
    summary="案件的重大情况报告",
)
def get_report(
    case_id: DbId,
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))],
) -> MajorReportPublic:
    """窗口工作人员、监督人员、系统管理员（本辖区案件）。报告内容、签收期限与签收情况；未报告为 404。"""
    return service.get(session=session, ctx=ctx, case_id=case_id, principal=principal)

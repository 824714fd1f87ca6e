"""GET the 临时救助 cap figures of a slip's or a case's household before a decision is entered."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Forbidden, NotFound, ServiceUnavailable, Unauthorized, problem_responses
from services.transfer.caps import service
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.caps.schemas import CapStatus
from services.transfer.deps import DbId
from services.transfer.slips import queries
from services.transfer.slips.models import TransferCase

router = APIRouter(tags=["caps"])
Reader = Annotated[
    Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin", "partner"))
]
OnDate = Annotated[
    date | None, Query(ge=date(2000, 1, 1), le=date(2100, 12, 31), description="救助日期，默认今天")
]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, ServiceUnavailable)


def _source(request: Request) -> CapLimitsSource:
    return request.app.state.cap_limits


@router.get(
    "/v1/slips/{slip_id}/caps",
    response_model=CapStatus,
    responses=ERRORS,
    summary="本户临时救助年度上限与已用额度",
)
def slip_caps(
    slip_id: DbId,
    request: Request,
    session: SessionDep,
    principal: Reader,
    clock: ClockDep,
    on: OnDate = None,
) -> CapStatus:
    """接收部门、协同部门系统、本辖区窗口与监督人员。

    通知单所属家庭（案件登记的全部成员身份证号）在救助日期所在公历年已获临时救助的次数、金额（含先行救助）、
    剩余额度及所依据的参数；资格服务不可用时为 503。
    """
    slip = queries.get_visible(session, principal, slip_id)
    case = session.get(TransferCase, slip.case_id)
    return service.status(session, source=_source(request), case=case, on_date=on or clock.today())


@router.get(
    "/v1/cases/{case_id}/caps",
    response_model=CapStatus,
    responses=ERRORS,
    summary="案件家庭临时救助年度上限与已用额度",
)
def case_caps(
    case_id: DbId,
    request: Request,
    session: SessionDep,
    principal: Reader,
    clock: ClockDep,
    on: OnDate = None,
) -> CapStatus:
    """本辖区窗口工作人员、监督人员、系统管理员。同上，按案件编号查询（先行救助登记前查看）。"""
    case = session.get(TransferCase, case_id)
    if (
        case is None
        or principal.role in ("partner", "department_staff")
        or not principal.can_see_region(case.window_region)
    ):
        raise NotFound(f"案件 {case_id} 不存在", field="case_id")
    return service.status(session, source=_source(request), case=case, on_date=on or clock.today())

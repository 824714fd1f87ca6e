"""Supervision board and an on-demand sweep."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Unauthorized, problem_responses
from services.common.openapi import answer_example
from services.transfer.deadlines import service
from services.transfer.deadlines.schemas import SupervisionOverview, SweepCounts
from services.transfer.deps import CtxDep

router = APIRouter(prefix="/v1/supervision", tags=["supervision"])


@router.get(
    "",
    response_model=SupervisionOverview,
    summary="督办看板：逾期、临期、催办与督办记录",
    responses=problem_responses(Unauthorized, Forbidden),
)
def board(
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin", "window_staff"))],
    region: Annotated[str | None, Query(max_length=12, description="区域代码前缀，缺省为本人辖区")] = None,
) -> SupervisionOverview:
    """监督人员、系统管理员、窗口工作人员（本辖区）。逾期与临期的通知单、催办与督办记录、紧急案件待补齐的手续。
    `region` 须在本人辖区之内，否则为 403。"""
    if region and not principal.can_see_region(region):
        raise Forbidden(f"区域 {region} 不在本人辖区之内", field="region")
    return service.overview(session=session, ctx=ctx, principal=principal, region=region)


@router.post(
    "/sweep",
    response_model=SweepCounts,
    summary="立即执行一次期限扫描（通常由后台任务定时执行）",
    responses=problem_responses(Unauthorized, Forbidden) | answer_example({"reminder": 2, "supervision": 1}),
)
def sweep(
    session: SessionDep, ctx: CtxDep, _: Annotated[Principal, Depends(require("supervisor", "admin"))]
) -> SweepCounts:
    """监督人员、系统管理员。临期与逾期的通知单各催办一次、逾期的督办一次（多个副本同时扫描也只一次）；
    答复本次新写的条数。"""
    return SweepCounts(**service.sweep(session=session, ctx=ctx))

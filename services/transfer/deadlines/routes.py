"""Supervision board and an on-demand sweep."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Unauthorized, problem_responses
from services.transfer.deadlines import service
from services.transfer.deadlines.schemas import SupervisionOverview
from services.transfer.deps import CtxDep

router = APIRouter(prefix="/v1/supervision", tags=["supervision"])


@router.get(
    "",
    response_model=SupervisionOverview,
    summary="督办看板：逾期、临期、催办与督办记录",
    responses=problem_responses(Unauthorized, Forbidden),
)
def supervision(
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require("supervisor", "admin", "window_staff"))],
    region: str | None = None,
) -> SupervisionOverview:
    return service.overview(session=session, ctx=ctx, principal=principal, region=region)


@router.post(
    "/sweep",
    summary="立即执行一次期限扫描（通常由后台任务定时执行）",
    responses=problem_responses(Unauthorized, Forbidden),
)
def run_sweep(
    session: SessionDep, ctx: CtxDep, _: Annotated[Principal, Depends(require("supervisor", "admin"))]
) -> dict[str, int]:
    return service.sweep(session=session, ctx=ctx)

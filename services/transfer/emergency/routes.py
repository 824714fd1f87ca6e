"""先行救助 before acceptance: intake records the window's emergency aid on a case transfer may not hold yet."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.common.openapi import answer_example
from services.transfer.deps import CtxDep, DbId
from services.transfer.emergency import service
from services.transfer.emergency.schemas import EarlyAidIn
from services.transfer.slips import examples
from services.transfer.slips.schemas import EmergencyAidPublic

router = APIRouter(prefix="/v1", tags=["cases"])


@router.post(
    "/cases/{case_id}/emergency-aid/before-acceptance",
    response_model=EmergencyAidPublic,
    status_code=201,
    summary="受理前登记先行救助（受理服务调用）",
    responses=problem_responses(Unauthorized, Forbidden, Invalid, Conflict, ServiceUnavailable)
    | answer_example(examples.EMERGENCY_AID, status=201),
)
def record_before_acceptance(
    case_id: DbId,
    body: EarlyAidIn,
    session: SessionDep,
    ctx: CtxDep,
    principal: Annotated[Principal, Depends(require())],
    request: Request,
) -> EmergencyAidPublic:
    """仅限内部服务令牌（受理服务在窗口登记先行救助时同步调用）。

    情况紧急的案件，登记（尚未受理）时即可先行救助：转办服务尚无此案件时按登记信息建立案件（无通知单），
    受理后转办时补全并发出通知单；补齐手续期限自救助之日起算。先行救助计入临时救助每户每年次数与金额上限，
    超过时为 409（列出已救助次数与金额，案件与救助都不保存），资格服务不可用时为 503。
    """
    aid, _created = service.record_before_acceptance(
        session=session,
        ctx=ctx,
        case_id=case_id,
        body=body,
        principal=principal,
        cap_limits=request.app.state.cap_limits,
    )
    return aid

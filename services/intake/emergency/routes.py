"""先行救助 at the window, before or after acceptance (情况紧急: aid first, the paperwork afterwards)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.auth import Principal, require
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
from services.common.vocabulary import Role
from services.intake.deps import DbId, TransferDep
from services.intake.emergency import service
from services.intake.emergency.schemas import EmergencyAidCreate
from services.transfer.client import EmergencyAidPublic

router = APIRouter(prefix="/v1", tags=["applications"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]


@router.post(
    "/applications/{application_id}/emergency-aid",
    response_model=EmergencyAidPublic,
    status_code=201,
    summary="先行救助（受理前亦可）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid, Conflict, ServiceUnavailable),
)
def emergency_aid(
    application_id: DbId,
    body: EmergencyAidCreate,
    session: SessionDep,
    principal: Window,
    transfer: TransferDep,
    request: Request,
) -> EmergencyAidPublic:
    """调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    情况紧急的申请，登记后即可先行救助，不必等受理（先救助、后补手续）。救助计入临时救助每户每年次数与金额上限，
    由转办服务当场核对：超过时为 409（列出已救助次数与金额），什么都不保存；转办或资格服务不可用时为 503。
    未标记情况紧急的申请为 409；已办结、撤回或不予受理的为 409。
    """
    return service.record_aid(
        db=request.app.state.db,
        session=session,
        principal=principal,
        application_id=application_id,
        aid=body.model_dump(mode="json", exclude_none=True),
        transfer=transfer,
    )

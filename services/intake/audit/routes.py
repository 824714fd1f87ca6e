"""GET /v1/audit/reads: who viewed, printed, listed, searched or exported which household."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, Unauthorized, problem_responses
from services.common.identity import normalize_id_number, normalize_phone
from services.common.vocabulary import Role
from services.intake.audit import service
from services.intake.audit.schemas import ReadAuditPage
from services.intake.text import Text

router = APIRouter(prefix="/v1/audit", tags=["audit"])
Supervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR, Role.ADMIN))]


def audit_secret(request: Request) -> str:
    """The key of the household hash in the read audit (the platform secret; rotating it starts afresh)."""
    return request.app.state.settings.platform.auth_secret


AuditSecret = Annotated[str, Depends(audit_secret)]


@router.get(
    "/reads",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="个人信息访问记录查询（谁查看、打印、导出了哪户）",
    description="调用方：监督人员、管理员。街道监督人员只见本街道的案件和本街道人员的记录，区级见全部。"
    "按身份证号（完整号码）、电话、案件编号、操作人、操作、日期筛选，新的在前；每类最多返回 limit 条。"
    "记录只增不改：没有修改或删除访问记录的接口。",
)
def reads(
    principal: Supervisor,
    session: SessionDep,
    secret: AuditSecret,
    id_number: Annotated[str | None, Query(max_length=20, description="完整身份证号")] = None,
    phone: Annotated[str | None, Query(max_length=20, pattern=r"^[0-9+\- ]{7,20}$")] = None,
    case_number: Annotated[Text | None, Query(max_length=40)] = None,
    actor: Annotated[Text | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = Query(default=200, ge=1, le=1000),
) -> ReadAuditPage:
    if action and action not in service.ACTIONS:
        raise Invalid(f"未知的操作 {action}", field="action")
    if date_from and date_to and date_from > date_to:
        raise Invalid("起始日期晚于截止日期", field="date_from")
    return service.search(
        session=session,
        principal=principal,
        secret=secret,
        id_number=normalize_id_number(id_number, field="id_number") if id_number else None,
        phone=normalize_phone(phone) if phone else None,
        case_number=case_number,
        actor=actor,
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )

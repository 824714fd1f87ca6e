"""Department directory API (administrators manage it; staff read it)."""

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.openapi import answer_example
from services.common.vocabulary import DepartmentType
from services.transfer.departments import service
from services.transfer.departments.schemas import (
    DepartmentCreate,
    DepartmentCreated,
    DepartmentPublic,
    DepartmentUpdate,
    DepartmentView,
    RotateSecret,
    SecretRotated,
    TokenIssued,
)
from services.transfer.deps import CipherDep

router = APIRouter(prefix="/v1/departments", tags=["departments"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
DEPARTMENT = {
    "id": "370211-education",
    "name": "区教育局",
    "type": "education",
    "type_name": "教育",
    "region": "370211",
    "region_name": "黄岛区",
    "is_window": False,
    "integration_mode": "callback",
    "callback_url": "https://edu.example.gov.cn/yimen/slips",
    "callback_disabled": False,
    "handler_a": "刘洋",
    "handler_b": "马丽",
    "a_away": False,
    "current_handler": "刘洋",
    "head_name": "赵刚",
    "phone": "0532-86000000",
    "active": True,
    "signing_secrets": [{"hint": "aSw", "created_at": "2026-03-01T00:00:00Z", "expires_at": None}],
    "client_token_prefix": "ymp_3q2v",
    "open_alerts": [],
}
CREATE_EXAMPLES = {
    "callback": {
        "summary": "系统对接的区级部门（答复中一次性给出签名密钥与令牌）",
        "value": {
            "id": "370211-education",
            "name": "区教育局",
            "type": "education",
            "region": "370211",
            "integration_mode": "callback",
            "callback_url": "https://edu.example.gov.cn/yimen/slips",
            "handler_a": "刘洋",
            "handler_b": "马丽",
            "head_name": "赵刚",
        },
    },
    "web": {
        "summary": "使用网页收件箱的社会组织",
        "value": {
            "id": "370211-redcross",
            "name": "区红十字会",
            "type": "social_organisation",
            "region": "370211",
        },
    },
}
UPDATE_EXAMPLES = {
    "a_away": {"summary": "A岗不在岗（待办转由B岗办理）", "value": {"a_away": True}},
    "enable": {
        "summary": "修复回调地址并重新启用",
        "value": {"callback_url": "https://edu.example.gov.cn/v2/slips", "callback_disabled": False},
    },
}


def _shown(principal: Principal, dept: DepartmentPublic) -> DepartmentView:
    """Endpoint and handlers only for administrators and the department itself."""
    if principal.role in ("admin", "service") or principal.department_id == dept.id:
        return dept
    return dept.entry()


@router.get(
    "",
    name="list",
    response_model=list[DepartmentView],
    summary="部门目录",
    responses=problem_responses(Unauthorized, Forbidden) | answer_example([DEPARTMENT]),
)
def list_departments(
    session: SessionDep,
    principal: Staff,
    region: Annotated[str | None, Query(max_length=12, description="区域代码前缀")] = None,
    type: DepartmentType | None = None,
    include_inactive: bool = False,
) -> list[DepartmentView]:
    """工作人员（窗口、部门、监督、管理员）。接收通知单的部门及对接方式；从不含密钥。
    回调地址、AB岗经办人、密钥提示与告警只对系统管理员和本部门显示（`DepartmentPublic`），
    其他人得到 `DepartmentEntry`。"""
    rows = service.list_departments(
        session=session, region=region, type=type, include_inactive=include_inactive
    )
    return [_shown(principal, d) for d in rows]


@router.post(
    "",
    response_model=DepartmentCreated,
    status_code=201,
    summary="新增部门（回调密钥与令牌仅此一次显示）",
    responses=problem_responses(Unauthorized, Forbidden, Invalid, Conflict)
    | answer_example(
        {
            **DEPARTMENT,
            "signing_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "client_token": "ymp_3q2v…",
        },
        status=201,
    ),
)
def create(
    body: Annotated[DepartmentCreate, Body(openapi_examples=CREATE_EXAMPLES)],
    session: SessionDep,
    cipher: CipherDep,
    _: Admin,
) -> DepartmentCreated:
    """系统管理员。系统对接（callback）的部门在答复中一次性给出 `whsec_` 签名密钥和 `ymp_` 令牌，此后不再显示；
    编号已存在为 409。"""
    return service.create_department(session=session, cipher=cipher, body=body)


@router.get(
    "/{department_id}",
    response_model=DepartmentView,
    summary="部门详情",
    responses=problem_responses(Unauthorized, Forbidden, NotFound) | answer_example(DEPARTMENT),
)
def get(department_id: str, session: SessionDep, principal: Staff) -> DepartmentView:
    """工作人员。一个部门的详情；系统管理员和本部门另见回调地址、AB岗、签名密钥提示（末几位）与未处理的推送告警，
    其他人得到 `DepartmentEntry`。"""
    return _shown(
        principal, service.to_public(session, service.get(session=session, department_id=department_id))
    )


@router.patch(
    "/{department_id}",
    response_model=DepartmentPublic,
    summary="修改部门（AB岗、回调地址、重新启用）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid) | answer_example(DEPARTMENT),
)
def update(
    department_id: str,
    body: Annotated[DepartmentUpdate, Body(openapi_examples=UPDATE_EXAMPLES)],
    session: SessionDep,
    _: Admin,
) -> DepartmentPublic:
    """系统管理员。只改给出的字段；A岗不在岗时未办结的通知单转由B岗办理；`callback_disabled: false`
    重新启用停用的回调地址并放行积压的消息。"""
    return service.update_department(session=session, department_id=department_id, body=body)


@router.post(
    "/{department_id}/signing-secret",
    response_model=SecretRotated,
    status_code=201,
    summary="轮换回调签名密钥（旧密钥在重叠期内继续签名）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound)
    | answer_example(
        {
            "signing_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "hint": "aSw",
            "previous_valid_until": "2026-03-17T08:00:00Z",
        },
        status=201,
    ),
)
def rotate_secret(
    department_id: str, body: RotateSecret, request: Request, session: SessionDep, cipher: CipherDep, _: Admin
) -> SecretRotated:
    """系统管理员。新 `whsec_` 密钥只显示这一次；重叠期内消息同时带新旧两个签名，部门系统可从容切换。"""
    overlap = (
        body.overlap_hours
        if body.overlap_hours is not None
        else request.app.state.settings.secret_overlap_hours
    )
    return service.rotate_secret(
        session=session, cipher=cipher, department_id=department_id, overlap_hours=overlap
    )


@router.post(
    "/{department_id}/client-token",
    response_model=TokenIssued,
    status_code=201,
    summary="签发协同部门系统令牌（旧令牌作废）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound)
    | answer_example({"client_token": "ymp_3q2v…", "prefix": "ymp_3q2v"}, status=201),
)
def issue_client_token(department_id: str, session: SessionDep, _: Admin) -> TokenIssued:
    """系统管理员。新 `ymp_` 令牌只显示这一次，此前的令牌立即作废；部门系统用它读取通知单并回执。"""
    return service.issue_client_token(session=session, department_id=department_id)

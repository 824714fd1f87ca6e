"""Department directory API (administrators manage it; staff read it)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.transfer.departments import service
from services.transfer.departments.schemas import (
    DepartmentCreate,
    DepartmentCreated,
    DepartmentPublic,
    DepartmentType,
    DepartmentUpdate,
    RotateSecret,
    SecretRotated,
    TokenIssued,
)
from services.transfer.deps import CipherDep

router = APIRouter(prefix="/v1/departments", tags=["departments"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]


@router.get(
    "",
    response_model=list[DepartmentPublic],
    summary="部门目录",
    responses=problem_responses(Unauthorized, Forbidden),
)
def list_departments(
    session: SessionDep,
    _: Staff,
    region: str | None = None,
    type: DepartmentType | None = None,
    include_inactive: bool = False,
) -> list[DepartmentPublic]:
    return service.list_departments(
        session=session, region=region, type=type, include_inactive=include_inactive
    )


@router.post(
    "",
    response_model=DepartmentCreated,
    status_code=201,
    summary="新增部门（回调密钥与令牌仅此一次显示）",
    responses=problem_responses(Unauthorized, Forbidden, Invalid, Conflict),
)
def create_department(
    body: DepartmentCreate, session: SessionDep, cipher: CipherDep, _: Admin
) -> DepartmentCreated:
    return service.create_department(session=session, cipher=cipher, body=body)


@router.get(
    "/{department_id}",
    response_model=DepartmentPublic,
    summary="部门详情",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def get_department(department_id: str, session: SessionDep, _: Staff) -> DepartmentPublic:
    return service.to_public(session, service.get(session=session, department_id=department_id))


@router.patch(
    "/{department_id}",
    response_model=DepartmentPublic,
    summary="修改部门（AB岗、回调地址、重新启用）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
)
def update_department(
    department_id: str, body: DepartmentUpdate, session: SessionDep, _: Admin
) -> DepartmentPublic:
    return service.update_department(session=session, department_id=department_id, body=body)


@router.post(
    "/{department_id}/signing-secret",
    response_model=SecretRotated,
    status_code=201,
    summary="轮换回调签名密钥（旧密钥在重叠期内继续签名）",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def rotate_secret(
    department_id: str, body: RotateSecret, request: Request, session: SessionDep, cipher: CipherDep, _: Admin
) -> SecretRotated:
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
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
)
def issue_client_token(department_id: str, session: SessionDep, _: Admin) -> TokenIssued:
    return service.issue_client_token(session=session, department_id=department_id)

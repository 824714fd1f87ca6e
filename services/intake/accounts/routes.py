"""Login and logout: the web front and API users exchange a password for a bearer token and give it back."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from services.common.auth import CurrentPrincipal, Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    TooManyRequests,
    Unauthorized,
    problem_responses,
)
from services.common.proxies import caller_address
from services.common.regions import region_name
from services.common.vocabulary import Role
from services.intake.accounts import service
from services.intake.accounts.schemas import (
    AccountAdminView,
    AccountCreate,
    AccountPublic,
    AccountUpdate,
    PasswordReset,
    TokenRequest,
    TokenResponse,
)

router = APIRouter(prefix="/v1/auth", tags=["auth"])
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]


@router.post(
    "/token",
    response_model=TokenResponse,
    responses=problem_responses(Unauthorized, TooManyRequests),
    summary="用户名密码换取令牌（连续输错将临时锁定）",
    description="调用方：任何人（无需令牌）；网页前端代浏览器调用。以用户名和密码换取 bearer 令牌及账户信息；"
    "同一账户或同一地址连续输错后按加倍时长临时锁定（429，带 Retry-After）。",
)
def create_token(body: TokenRequest, request: Request, clock: ClockDep) -> TokenResponse:
    return service.login(
        db=request.app.state.db,
        platform=request.app.state.settings.platform,
        username=body.username,
        password=body.password,
        client=caller_address(request),
        now=clock.now(),
    )


@router.post(
    "/logout",
    status_code=204,
    responses=problem_responses(Unauthorized),
    summary="注销：本令牌立即失效",
    description="调用方：持有令牌的任何用户。交回本令牌，此后各服务都拒绝它（直至其本应过期）。",
)
def logout(principal: CurrentPrincipal, request: Request, session: SessionDep, clock: ClockDep) -> Response:
    service.revoke(
        session=session, principal=principal, platform=request.app.state.settings.platform, now=clock.now()
    )
    revoked = getattr(request.app.state, "token_revoked", None)
    if hasattr(revoked, "add"):  # refused by this process at once, by the others within seconds
        revoked.add(principal.jti)
    return Response(status_code=204)


@router.get(
    "/me",
    response_model=AccountPublic,
    responses=problem_responses(Unauthorized),
    summary="当前用户",
    description="调用方：持有令牌的任何用户。令牌属于谁（角色、区域、部门）；令牌已注销或过期时 401。",
)
def me(principal: CurrentPrincipal) -> AccountPublic:
    return AccountPublic(
        username=principal.subject,
        display_name=principal.name,
        role=principal.role,
        region=principal.region,
        region_name=region_name(principal.region),
        department_id=principal.department_id,
    )


@router.get(
    "/accounts",
    response_model=list[AccountAdminView],
    responses=problem_responses(Unauthorized, Forbidden),
    summary="账号列表（管理员）",
    description="调用方：系统管理员（网页“账号管理”）。全部工作人员账号，启用的在前。",
)
def list_accounts(principal: Admin, session: SessionDep) -> list[AccountAdminView]:
    return service.list_accounts(session=session)


@router.post(
    "/accounts",
    status_code=201,
    response_model=AccountAdminView,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, Conflict),
    summary="新建账号（管理员；密码须符合密码规则）",
    description="调用方：系统管理员。新建工作人员账号并设初始密码（至少 12 位、非常见密码、不含用户名）；用户名重复 409。",
)
def create_account(body: AccountCreate, principal: Admin, session: SessionDep) -> AccountAdminView:
    account = service.create_account(session=session, **body.model_dump())
    return service.to_admin_view(account)


@router.patch(
    "/accounts/{username}",
    response_model=AccountAdminView,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, NotFound, Conflict),
    summary="修改账号：姓名、角色、区域、部门、启用/停用（管理员）",
    description="调用方：系统管理员。只改请求中给出的字段；不能停用自己或取消自己的管理员角色（409）。",
)
def update_account(
    username: str, body: AccountUpdate, principal: Admin, session: SessionDep
) -> AccountAdminView:
    changes = body.model_dump(exclude_unset=True)
    account = service.update_account(
        session=session, username=username, changes=changes, actor=principal.subject
    )
    return service.to_admin_view(account)


@router.post(
    "/accounts/{username}/password",
    status_code=204,
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="重置密码（管理员；须符合密码规则）",
    description="调用方：系统管理员。为忘记密码的工作人员设新密码；已签发的令牌到期前仍有效。",
)
def reset_password(username: str, body: PasswordReset, principal: Admin, session: SessionDep) -> Response:
    service.set_password(session=session, username=username, password=body.password)
    return Response(status_code=204)

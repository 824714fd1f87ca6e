"""Login and logout: the web front and API users exchange a password for a bearer token and give it back."""

from fastapi import APIRouter, Request, Response

from services.common.auth import CurrentPrincipal
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import TooManyRequests, Unauthorized, problem_responses
from services.common.proxies import caller_address
from services.common.regions import region_name
from services.intake.accounts import service
from services.intake.accounts.schemas import AccountPublic, TokenRequest, TokenResponse

router = APIRouter(prefix="/v1/auth", tags=["auth"])


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

"""Login endpoint: the web front and API users exchange a password for a bearer token."""

from fastapi import APIRouter, Request

from services.common.auth import CurrentPrincipal
from services.common.db import SessionDep
from services.common.errors import Unauthorized, problem_responses
from services.common.regions import region_name
from services.intake.accounts import service
from services.intake.accounts.schemas import AccountPublic, TokenRequest, TokenResponse

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post(
    "/token",
    response_model=TokenResponse,
    responses=problem_responses(Unauthorized),
    summary="用户名密码换取令牌",
)
def create_token(body: TokenRequest, request: Request, session: SessionDep) -> TokenResponse:
    return service.login(
        session=session,
        platform=request.app.state.settings.platform,
        username=body.username,
        password=body.password,
    )


@router.get(
    "/me", response_model=AccountPublic, responses=problem_responses(Unauthorized), summary="当前用户"
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

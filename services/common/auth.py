"""Who is calling: signed bearer tokens for staff and services, pluggable resolvers for partners.

Staff and service tokens are signed with the platform secret (itsdangerous), so every service
verifies them without a database round-trip. Partner department tokens are opaque and resolved
by the service that owns departments (transfer) through `app.state.token_resolver`.
Each signed token has an id (`jti`); the service that issues staff tokens (intake) revokes one on
logout and names the check `app.state.token_revoked` (a callable; with a `cached(jti)` method answering
True/False from memory, or None when it must read, no thread is taken for a request it can answer).
"""

import secrets
from dataclasses import asdict, dataclass, replace
from typing import Annotated, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import Depends, Request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from starlette.concurrency import run_in_threadpool

from .errors import Forbidden, Unauthorized

Role = Literal[
    "window_staff", "department_staff", "supervisor", "admin", "partner", "service", "agent", "grid_worker"
]
# roles an intake account may hold (agents and grid workers log in from a phone, seeds 000/001)
STAFF_ROLES: tuple[Role, ...] = (
    "window_staff",
    "department_staff",
    "supervisor",
    "admin",
    "agent",
    "grid_worker",
)
ROLE_NAMES = {
    "window_staff": "窗口工作人员",
    "department_staff": "部门经办人",
    "supervisor": "监督人员",
    "admin": "系统管理员",
    "partner": "协同部门系统",
    "service": "内部服务",
    "agent": "代办员",
    "grid_worker": "网格员",
}
TOKEN_PREFIX = "ym1."
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a staff member, a partner department system or a Yimen service."""

    subject: str
    role: Role
    region: str = ""  # region code: a district (6 digits) or a town/street (9 digits)
    name: str = ""
    department_id: str | None = None
    jti: str = ""  # the token's own id, so that one token can be revoked (logout)

    def can_see_region(self, region: str) -> bool:
        """A district account sees every town below it; a town account only its own town."""
        if self.role in ("service", "admin"):
            return True
        if not self.region:
            return False
        return region.startswith(self.region)

    @property
    def is_district(self) -> bool:
        return len(self.region) <= 6


def issue_token(secret: str, principal: Principal) -> str:
    """Sign a principal into a bearer token with a fresh id (expiry is checked on verification)."""
    principal = replace(principal, jti=principal.jti or secrets.token_urlsafe(16))
    return TOKEN_PREFIX + URLSafeTimedSerializer(secret, salt="yimen-token").dumps(asdict(principal))


def verify_token(secret: str, token: str, max_age: int) -> Principal:
    try:
        data = URLSafeTimedSerializer(secret, salt="yimen-token").loads(
            token[len(TOKEN_PREFIX) :], max_age=max_age
        )
    except SignatureExpired as exc:
        raise Unauthorized("令牌已过期，请重新登录") from exc
    except BadSignature as exc:
        raise Unauthorized("令牌无效") from exc
    try:
        return Principal(**data)
    except TypeError as exc:  # signed by us, but by a version with other fields: log in again
        raise Unauthorized("令牌格式已过时，请重新登录") from exc


def service_token(secret: str, service: str) -> str:
    """The token one Yimen service presents to another."""
    return issue_token(secret, Principal(subject=f"service:{service}", role="service", name=service))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("缺少 Authorization: Bearer 令牌")
    return token


def signed_principal(request: Request) -> Principal:
    """The staff or service caller behind a signed bearer token (no partner tokens), or 401."""
    token = _bearer(request)
    if not token.startswith(TOKEN_PREFIX):
        raise Unauthorized("令牌无效")
    platform = request.app.state.settings.platform
    return verify_token(platform.auth_secret, token, platform.token_ttl_seconds)


async def current_principal(request: Request) -> Principal:
    """FastAPI dependency: the caller behind `Authorization: Bearer …`, or 401.

    Async on purpose: verifying a signed token is microseconds of CPU, not worth a thread-pool hop
    on every request; only an opaque partner token (a database lookup) goes to the thread pool.
    """
    token = _bearer(request)
    if token.startswith(TOKEN_PREFIX):
        principal = signed_principal(request)
        revoked = getattr(request.app.state, "token_revoked", None)
        if revoked and principal.jti:
            # a check held in memory answers here; only one that reads the database takes a thread
            known = revoked.cached(principal.jti) if hasattr(revoked, "cached") else None
            if known is None:
                known = await run_in_threadpool(revoked, request, principal.jti)
            if known:
                raise Unauthorized("令牌已注销，请重新登录")
    else:
        resolver = getattr(request.app.state, "token_resolver", None)
        principal = await run_in_threadpool(resolver, request, token) if resolver else None
        if principal is None:
            raise Unauthorized("令牌无效")
    request.state.principal = principal
    return principal


def require(*roles: Role):
    """Dependency factory: the caller must hold one of these roles (services always pass)."""

    async def _check(principal: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if principal.role != "service" and principal.role not in roles:
            raise Forbidden(f"此操作需要角色: {', '.join(ROLE_NAMES[r] for r in roles)}")
        return principal

    return _check


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]

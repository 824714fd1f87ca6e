"""Who is logged in to the web front, and CSRF protection for every form and htmx request."""

import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from services.common.errors import Forbidden, Unauthorized

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class WebUser:
    """The logged-in staff member, as kept in the signed session cookie."""

    username: str
    display_name: str
    role: str
    region: str
    region_name: str
    department_id: str | None
    token: str


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def csrf_protect(request: Request) -> None:
    """Router dependency: every unsafe request must echo the session's CSRF token (form field or header)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    if not expected or not sent or not secrets.compare_digest(str(sent), expected):
        raise Forbidden("页面已过期或请求来源不可信（CSRF 校验失败），请刷新页面后重试")


def current_user_optional(request: Request) -> WebUser | None:
    data = request.session.get("user")
    return WebUser(**data) if data else None


def current_user(request: Request) -> WebUser:
    """Dependency: the logged-in user, or 401 (rendered as a redirect to the login page)."""
    user = current_user_optional(request)
    if user is None:
        raise Unauthorized("请先登录")
    return user


def require_roles(*roles: str):
    def _check(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
        if user.role not in roles:
            raise Forbidden("您的角色无权访问此页面")
        return user

    return _check

"""Who is logged in to the web front, and CSRF protection for every form and htmx request.

The session cookie is signed (Starlette) and the API token inside it is sealed with Fernet: whoever
holds the cookie cannot read the token and use it against the APIs. Logout revokes the token at
intake, and a page request re-checks it there at most every SESSION_RECHECK_SECONDS, so a copy of
the cookie stops working once its owner has logged out.
"""

import base64
import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Annotated

from cryptography.fernet import Fernet, InvalidToken
from fastapi import Depends, Request

from services.common.errors import Forbidden, ServiceUnavailable, Unauthorized

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_RECHECK_SECONDS = 30  # how long a logged-out session's copy may still open a page
KEPT_FORMS = ("/applications/new",)  # long forms whose values survive a login running out
KEPT_FORM_MAX_CHARS = 3000  # the session is a cookie: a household form fits, a pasted novel does not


@dataclass(frozen=True)
class WebUser:
    """The logged-in staff member: from the signed cookie, the token unsealed on the server."""

    username: str
    display_name: str
    role: str
    region: str
    region_name: str
    department_id: str | None
    token: str


def session_cipher(secret: str) -> Fernet:
    """The Fernet key of the session secret (a separate derivation from the cookie's signing key)."""
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(b"yimen-web-token:" + secret.encode()).digest()))


def start_session(request: Request, account: dict, token: str) -> None:
    """A fresh session (and CSRF token) for a login: who, and the sealed token."""
    kept = request.session.get("kept_form")
    request.session.clear()
    if kept:
        request.session["kept_form"] = kept  # typed before the login ran out: shown again after it
    request.session["user"] = {
        **{
            k: account[k]
            for k in ("username", "display_name", "role", "region", "region_name", "department_id")
        },
        "sealed": request.app.state.session_cipher.encrypt(token.encode()).decode(),
    }


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
        raise Forbidden("页面已过期，请刷新页面后重试", reason="csrf")


def current_user_optional(request: Request) -> WebUser | None:
    data = dict(request.session.get("user") or {})
    sealed = data.pop("sealed", None)
    if not sealed:
        return None  # no login, or a session from before tokens were sealed: log in again
    try:
        token = request.app.state.session_cipher.decrypt(sealed.encode()).decode()
    except InvalidToken:
        return None
    return WebUser(**data, token=token)


def _still_valid(request: Request, user: WebUser) -> bool:
    """Ask intake whether the token was revoked (logout), at most every SESSION_RECHECK_SECONDS."""
    checked: dict[str, float] = request.app.state.session_checks
    key = hashlib.sha256(user.token.encode()).hexdigest()
    now = time.monotonic()
    if checked.get(key, 0) > now:
        return True
    try:
        request.app.state.intake.me(token=user.token)
    except Unauthorized:
        checked.pop(key, None)
        return False
    except ServiceUnavailable:
        return True  # intake is down: the page will say so itself; check again next time
    if len(checked) > 10_000:  # a bound on memory: forgetting only costs one more check
        checked.clear()
    checked[key] = now + SESSION_RECHECK_SECONDS
    return True


def current_user(request: Request) -> WebUser:
    """Dependency: the logged-in user, or 401 (rendered as a redirect to the login page)."""
    user = current_user_optional(request)
    if user is None or not _still_valid(request, user):
        raise Unauthorized("请先登录")
    return user


def require_roles(*roles: str):
    def _check(user: Annotated[WebUser, Depends(current_user)]) -> WebUser:
        if user.role not in roles:
            raise Forbidden("您的角色无权访问此页面")
        return user

    return _check


async def keep_form(request: Request) -> bool:
    """Keep a long form's posted values in the session (its login ran out); True if something was kept."""
    if request.method != "POST" or request.url.path not in KEPT_FORMS:
        return False
    form = await request.form()
    pairs = [(k, v) for k, v in form.multi_items() if isinstance(v, str) and k != CSRF_FIELD]
    if sum(len(k) + len(v) for k, v in pairs) > KEPT_FORM_MAX_CHARS:
        return False
    request.session["kept_form"] = {"path": request.url.path, "pairs": pairs}
    return True


def take_kept_form(request: Request) -> dict[str, list[str]] | None:
    """The values kept for this page (once): name → values, as posted."""
    kept = request.session.get("kept_form")
    if not kept or kept.get("path") != request.url.path:
        return None
    request.session.pop("kept_form", None)
    values: dict[str, list[str]] = {}
    for k, v in kept.get("pairs", []):
        values.setdefault(k, []).append(v)
    return values

"""Login, logout and the home page."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError, ServiceUnavailable, TooManyRequests, Unauthorized
from services.common.proxies import client_address
from web.rendering import render
from web.session import csrf_protect, current_user_optional, start_session

router = APIRouter(dependencies=[Depends(csrf_protect)])
HOME_BY_ROLE = {
    "window_staff": "/workbench",
    "department_staff": "/inbox",
    "supervisor": "/supervision",
    "admin": "/admin/catalogue",
}


def _safe_next(target: str | None) -> str:
    # only local paths: never an open redirect to another site
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@router.get("/login")
def login_page(request: Request, next: str | None = None, kept: str = ""):
    note = "登录已过期，请重新登录。刚才填写的内容已保留，登录后回到原页面继续。" if kept else ""
    return render(request, "pages/login.html", {"next": _safe_next(next), "note": note})


@router.post("/login")
def login(
    request: Request,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
):
    if not username or not password:
        return render(
            request,
            "pages/login.html",
            {"next": next, "username": username, "message": "请输入用户名和密码"},
            status_code=422,
        )
    try:
        answer = request.app.state.intake.login(username, password, client_ip=client_address(request))
    except Unauthorized:
        return render(
            request,
            "pages/login.html",
            {"next": next, "username": username, "message": "用户名或密码错误"},
            status_code=401,
        )
    except TooManyRequests as exc:
        return render(
            request,
            "pages/login.html",
            {"next": next, "username": username, "message": exc.detail},
            status_code=429,
        )
    except ServiceUnavailable:
        return render(
            request,
            "pages/login.html",
            {"next": next, "username": username, "message": "受理服务暂不可用，请稍后重试"},
            status_code=503,
        )
    # fresh session and CSRF token
    start_session(request, answer.account.model_dump(mode="json"), answer.access_token)
    # straight to where the role works (the clerk's workbench, the department's inbox…) unless sent elsewhere
    home = HOME_BY_ROLE.get(answer.account.role, "/")
    return RedirectResponse(_safe_next(next) if next != "/" else home, status_code=303)


@router.post("/logout")
def logout(request: Request):
    user = current_user_optional(request)
    if user is not None:
        try:
            # revoked at intake: a copy of this session's cookie opens nothing any more
            request.app.state.intake.logout(token=user.token)
        except ProblemError:
            pass  # already expired or revoked, or intake down: the cookie goes anyway
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def home(request: Request):
    user = current_user_optional(request)
    if user is None:
        return RedirectResponse("/login", status_code=303)
    return render(request, "pages/home.html", {"home_link": HOME_BY_ROLE.get(user.role)})

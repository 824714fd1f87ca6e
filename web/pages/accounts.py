"""账号管理: the administrator creates, stops and re-enables staff accounts, assigns role and region, and
resets passwords, through intake's account API (/v1/auth/accounts). The CLI stays for the first admin."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from services.common.vocabulary import STAFF_ROLES, Role
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Admin = Annotated[WebUser, Depends(require_roles("admin"))]
DONE = {
    "created": "账号已新建，请把初始密码当面交给本人",
    "password": "密码已重置，请把新密码当面交给本人",
    "stopped": "账号已停用",
    "enabled": "账号已重新启用",
    "changed": "角色和区域已保存",
}


def _call(request: Request, user: WebUser, method: str, path: str, body: dict | None = None):
    return request.app.state.intake.request(method, f"/v1/auth/accounts{path}", json=body, token=user.token)


def _page(request: Request, user: WebUser, *, status_code: int = 200, **ctx):
    accounts = _call(request, user, "GET", "").json()
    roles = [(r.value, Role.label_of(r.value)) for r in STAFF_ROLES]
    return render(
        request,
        "accounts/list.html",
        {"accounts": accounts, "roles": roles, **ctx},
        status_code=status_code,
    )


@router.get("/admin/accounts")
def accounts_page(request: Request, user: Admin, done: str | None = None):
    return _page(request, user, message=DONE.get(done or ""))


@router.post("/admin/accounts")
def create_account(
    request: Request,
    user: Admin,
    username: Annotated[str, Form()] = "",
    display_name: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    region: Annotated[str, Form()] = "",
    department_id: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
):
    form = {
        "username": username.strip(),
        "display_name": display_name.strip(),
        "role": role,
        "region": region,
    }
    body = {**form, "department_id": department_id.strip() or None, "password": password}
    try:
        _call(request, user, "POST", "", body)
    except ProblemError as exc:
        return _page(request, user, status_code=exc.status, error=exc, form=form)
    return RedirectResponse("/admin/accounts?done=created", status_code=303)


@router.post("/admin/accounts/{username}/{action}")
def change_account(
    request: Request,
    user: Admin,
    username: str,
    action: str,
    role: Annotated[str, Form()] = "",
    region: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
):
    try:
        if action == "password":
            _call(request, user, "POST", f"/{username}/password", {"password": password})
        elif action in ("stopped", "enabled"):
            _call(request, user, "PATCH", f"/{username}", {"active": action == "enabled"})
        elif action == "changed":
            _call(request, user, "PATCH", f"/{username}", {"role": role, "region": region})
        else:
            return RedirectResponse("/admin/accounts", status_code=303)
    except ProblemError as exc:
        return _page(request, user, status_code=exc.status, error=exc)
    return RedirectResponse(f"/admin/accounts?done={action}", status_code=303)

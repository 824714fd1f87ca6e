"""Social forces page (慈善/社会力量): windows publish needs, organisations take them up."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Reader = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]


def _transfer(request: Request, user: WebUser, method: str, path: str, **kwargs):
    return request.app.state.transfer.request(method, path, token=user.token, **kwargs).json()


def _page(request: Request, user: WebUser, **extra):
    needs = _transfer(request, user, "GET", "/v1/needs")
    outcomes = (
        [] if user.role == "department_staff" else _transfer(request, user, "GET", "/v1/needs/outcomes")
    )
    return render(
        request,
        "outreach/needs.html",
        {"needs": needs, "outcomes": outcomes, **extra},
        status_code=422 if extra.get("error") else 200,
    )


@router.get("/needs")
def needs_page(request: Request, user: Reader):
    return _page(request, user)


@router.post("/needs")
def needs_action(
    request: Request,
    user: Reader,
    action: Annotated[str, Form()],
    need_id: Annotated[int, Form()] = 0,
    case_id: Annotated[int, Form()] = 0,
    title: Annotated[str, Form()] = "",
    description: Annotated[str, Form()] = "",
):
    calls = {
        "publish": ("/v1/needs", {"case_id": case_id, "title": title, "description": description}),
        "take": (f"/v1/needs/{need_id}/take", None),
        "withdraw": (f"/v1/needs/{need_id}/withdraw", None),
    }
    if action not in calls:
        return _page(request, user, error=ProblemError("未知的操作"))
    path, body = calls[action]
    try:
        _transfer(request, user, "POST", path, json=body)
    except ProblemError as exc:
        return _page(
            request, user, error=exc, form={"case_id": case_id, "title": title, "description": description}
        )
    return RedirectResponse("/needs", status_code=303)

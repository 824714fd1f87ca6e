"""先行救助 at the window (情况紧急): aid first on a registered case, the procedure and paperwork afterwards."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import NotFound, ProblemError
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Window = Annotated[WebUser, Depends(require_roles("window_staff"))]
Reader = Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))]


def _page(request: Request, user: WebUser, case_id: int, *, status_code: int = 200, **extra):
    case = request.app.state.intake.get_application(case_id, token=user.token)
    try:  # transfer holds the case once aid was given or the case handed over
        caps = request.app.state.transfer.case_caps(case_id, token=user.token)
    except NotFound:
        caps = None
    except ProblemError as exc:
        caps, extra["caps_error"] = None, exc.detail
    aid = [e for e in case.timeline if e.kind == "emergency_aid_recorded"]
    context = {"case": case, "caps": caps, "aid": aid, **extra}
    return render(request, "intake/emergency_aid.html", context, status_code=status_code)


@router.get("/applications/{case_id:int}/emergency-aid")
def emergency_aid_page(request: Request, user: Reader, case_id: int):
    return _page(request, user, case_id)


@router.post("/applications/{case_id:int}/emergency-aid")
def record_emergency_aid(
    request: Request,
    user: Window,
    case_id: int,
    given_by: Annotated[str, Form(max_length=100)] = "",
    what: Annotated[str, Form(max_length=500)] = "",
    amount: Annotated[str, Form(max_length=20)] = "",
    given_date: Annotated[str, Form(max_length=10)] = "",
):
    body = {"given_by": given_by.strip(), "what": what.strip(), "amount": amount.strip() or "0"}
    if given_date.strip():
        body["given_date"] = given_date.strip()
    try:
        request.app.state.intake.request(
            "POST", f"/v1/applications/{case_id}/emergency-aid", json=body, token=user.token
        )
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        form = {**body, "given_date": given_date}
        return _page(request, user, case_id, error=exc, form=form, status_code=exc.status)
    return RedirectResponse(f"/applications/{case_id}/emergency-aid?done=1", status_code=303)

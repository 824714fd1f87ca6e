"""Field work pages: visits from a phone (走访), coverage and the watch list, agents (代办员), home service (上门)."""

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
FieldWorker = Annotated[
    WebUser, Depends(require_roles("agent", "grid_worker", "window_staff", "supervisor", "admin"))
]
Staff = Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))]
HomeWorker = Annotated[WebUser, Depends(require_roles("window_staff", "agent", "supervisor", "admin"))]
MAX_PHOTO = 5 * 1024 * 1024


def _call(request: Request, user: WebUser, method: str, path: str, **kwargs):
    """One intake call with the user's token; the answer's JSON (None for 204)."""
    response = request.app.state.intake.request(method, path, token=user.token, **kwargs)
    return response.json() if response.content else None


def _field_page(request: Request, user: WebUser, **extra):
    households = _call(request, user, "GET", "/v1/outreach/households")
    visits = _call(request, user, "GET", "/v1/outreach/visits")[:20]
    return render(
        request,
        "outreach/visits.html",
        {"households": households, "visits": visits, "today": request.app.state.clock.today(), **extra},
        status_code=422 if extra.get("error") else 200,
    )


@router.get("/outreach")
def visits_page(request: Request, user: FieldWorker, saved: str = "", case: str = ""):
    return _field_page(request, user, saved=saved, case=case)


@router.post("/outreach/visits")
async def record_visit(
    request: Request,
    user: FieldWorker,
    household_id: Annotated[int, Form()],
    situation: Annotated[str, Form()] = "",
    risk_level: Annotated[str, Form()] = "low",
    visit_date: Annotated[str, Form()] = "",
    photo: Annotated[UploadFile | None, File()] = None,
):
    body = {"household_id": household_id, "situation": situation, "risk_level": risk_level}
    if visit_date:
        body["visit_date"] = visit_date
    try:
        visit = _call(request, user, "POST", "/v1/outreach/visits", json=body)
        if photo is not None and photo.filename:
            data = await photo.read(MAX_PHOTO + 1)
            files = {"photo": (photo.filename, data, photo.content_type or "application/octet-stream")}
            _call(request, user, "POST", f"/v1/outreach/visits/{visit['id']}/photos", files=files)
    except ProblemError as exc:
        return _field_page(request, user, error=exc, form=body)
    return RedirectResponse("/outreach?saved=1", status_code=303)


@router.post("/outreach/households")
def add_household(
    request: Request,
    user: FieldWorker,
    head_name: Annotated[str, Form()] = "",
    id_number: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    address: Annotated[str, Form()] = "",
    situation: Annotated[str, Form()] = "",
    visits_per_week: Annotated[int, Form()] = 0,
    community: Annotated[str, Form()] = "",
):
    body = {
        "head_name": head_name,
        "id_number": id_number.strip() or None,
        "phone": phone,
        "address": address,
        "situation": situation,
        "visits_per_week": visits_per_week,
    }
    if community:
        body["community"] = community
    try:
        _call(request, user, "POST", "/v1/outreach/households", json=body)
    except ProblemError as exc:
        return _field_page(request, user, error=exc)
    return RedirectResponse("/outreach?saved=household", status_code=303)


@router.post("/outreach/visits/{visit_id}/application")
def application_from_visit(
    request: Request,
    visit_id: int,
    user: FieldWorker,
    item_codes: Annotated[list[str], Form()] = [],
    authorisation_document: Annotated[str, Form()] = "",
):
    body = {"item_codes": item_codes, "dont_know": not item_codes}
    if authorisation_document:
        body["authorisation_document"] = authorisation_document
    try:
        started = _call(request, user, "POST", f"/v1/outreach/visits/{visit_id}/application", json=body)
    except ProblemError as exc:
        return _field_page(request, user, error=exc)
    return RedirectResponse(f"/outreach?case={started['case_number']}", status_code=303)


@router.post("/outreach/visits/{visit_id}/consultation")
def consultation_from_visit(
    request: Request,
    visit_id: int,
    user: FieldWorker,
    answer: Annotated[str, Form()] = "",
    follow_up_days: Annotated[str, Form()] = "",
):
    body = {"answer": answer}
    if follow_up_days.strip():
        body["follow_up_days"] = follow_up_days.strip()
    try:
        entry = _call(request, user, "POST", f"/v1/outreach/visits/{visit_id}/consultation", json=body)
    except ProblemError as exc:
        return _field_page(request, user, error=exc)
    return RedirectResponse(f"/consultations/{entry['id']}", status_code=303)


@router.get("/outreach/coverage")
def coverage_page(request: Request, user: Staff, week_of: str = "", days: int = 7):
    params = {"week_of": week_of} if week_of else None
    return render(
        request,
        "outreach/coverage.html",
        {
            "coverage": _call(request, user, "GET", "/v1/outreach/coverage", params=params),
            "stale": _call(request, user, "GET", "/v1/outreach/not-visited", params={"days": days}),
            "watched": _call(request, user, "GET", "/v1/outreach/households", params={"watch": "true"}),
            "days": days,
        },
    )


@router.get("/agents")
def agents_page(request: Request, user: Staff):
    return render(request, "outreach/agents.html", {"agents": _call(request, user, "GET", "/v1/agents")})


def _home_page(request: Request, user: WebUser, **extra):
    return render(
        request,
        "outreach/home_tasks.html",
        {"tasks": _call(request, user, "GET", "/v1/home-tasks"), **extra},
        status_code=422 if extra.get("error") else 200,
    )


@router.get("/home-tasks")
def home_tasks(request: Request, user: HomeWorker, case: str = ""):
    return _home_page(request, user, case=case)


@router.post("/home-tasks")
def home_task_action(
    request: Request,
    user: HomeWorker,
    action: Annotated[str, Form()],
    task_id: Annotated[int, Form()] = 0,
    person_name: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    address: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "elderly",
    matter: Annotated[str, Form()] = "",
    assignee_username: Annotated[str, Form()] = "",
    result: Annotated[str, Form()] = "",
    id_number: Annotated[str, Form()] = "",
    hukou_region: Annotated[str, Form()] = "",
    item_codes: Annotated[list[str], Form()] = [],
):
    calls = {
        "create": (
            "/v1/home-tasks",
            {
                "person_name": person_name,
                "phone": phone,
                "address": address,
                "reason": reason,
                "matter": matter,
            },
        ),
        "assign": (f"/v1/home-tasks/{task_id}/assign", {"assignee_username": assignee_username}),
        "result": (f"/v1/home-tasks/{task_id}/result", {"result": result}),
        "register": (
            f"/v1/home-tasks/{task_id}/application",
            {
                "id_number": id_number,
                "hukou_region": hukou_region,
                "item_codes": item_codes,
                "dont_know": not item_codes,
            },
        ),
    }
    if action not in calls:
        return _home_page(request, user, error=ProblemError("未知的操作"))
    path, body = calls[action]
    try:
        answer = _call(request, user, "POST", path, json=body)
    except ProblemError as exc:
        return _home_page(request, user, error=exc)
    case = answer.get("case_number", "") if action == "register" else ""
    return RedirectResponse(f"/home-tasks?case={case}" if case else "/home-tasks", status_code=303)

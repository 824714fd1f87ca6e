"""Staff pages of the visitor register (来访登记) and the online-application queue (网上申请)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from services.common.errors import ProblemError
from services.common.vocabulary import ConsultationChannel, ConsultationStatus
from services.intake.applications.schemas import DuplicateFinding
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Recorder = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff"))]
Reader = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
Window = Annotated[WebUser, Depends(require_roles("window_staff"))]
QueueReader = Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))]
Texts = Annotated[list[str], Form()]
FILTERS = ("q", "channel", "status", "date_from", "date_to", "overdue", "item_code")


def _intake(request: Request):
    return request.app.state.intake


def _filters(request: Request) -> dict:
    return {
        k: request.query_params.get(k, "").strip() for k in FILTERS if request.query_params.get(k, "").strip()
    }


@router.get("/consultations")
def register_page(request: Request, user: Reader, page: int = 1):
    filters = _filters(request)
    client = _intake(request)
    result = client.consultations(token=user.token, page=max(page, 1), page_size=30, **filters)
    stats = client.consultation_statistics(token=user.token)
    ctx = {
        "page": result,
        "stats": stats,
        "filters": filters,
        "query": request.url.query,
        "channels": ConsultationChannel,
        "statuses": ConsultationStatus,
    }
    return render(
        request, "consultations/list.html", ctx, block="rows" if request.headers.get("hx-request") else None
    )


@router.get("/consultations/export.csv")
def export(request: Request, user: Reader):
    text = _intake(request).consultations_csv(token=user.token, **_filters(request))
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="consultations.csv"'},
    )


def _new_context(request: Request, user: WebUser, form: dict | None = None, **extra) -> dict:
    items = request.app.state.eligibility.list_items(token=user.token)
    return {"items": items, "form": form or {"channel": "visit"}, "channels": ConsultationChannel, **extra}


@router.get("/consultations/new")
def new_page(request: Request, user: Recorder):
    return render(request, "consultations/new.html", _new_context(request, user))


@router.post("/consultations/new")
def record(
    request: Request,
    user: Recorder,
    channel: Annotated[str, Form()] = "visit",
    visitor_name: Annotated[str, Form()] = "",
    contact: Annotated[str, Form()] = "",
    id_number: Annotated[str, Form()] = "",
    hukou_region: Annotated[str, Form()] = "",
    matter: Annotated[str, Form()] = "",
    item_codes: Texts = [],
    answer: Annotated[str, Form()] = "",
    one_time_notice: Annotated[str, Form()] = "",
    follow_up_days: Annotated[str, Form()] = "",
):
    form = {
        "channel": channel,
        "visitor_name": visitor_name,
        "contact": contact,
        "id_number": id_number,
        "hukou_region": hukou_region,
        "matter": matter,
        "item_codes": item_codes,
        "answer": answer,
        "one_time_notice": one_time_notice,
        "follow_up_days": follow_up_days,
    }
    body = {
        "channel": channel,
        "visitor_name": visitor_name.strip(),
        "contact": contact.strip(),
        "id_number": id_number.strip() or None,
        "hukou_region": hukou_region or None,
        "matter": matter.strip(),
        "item_codes": item_codes,
        "answer": answer.strip(),
        "one_time_notice": bool(one_time_notice),
        "follow_up_days": int(follow_up_days) if follow_up_days.strip().isdigit() else None,
    }
    try:
        row = _intake(request).record_consultation(body, token=user.token)
    except ProblemError as exc:
        ctx = _new_context(request, user, form, error=exc)
        return render(request, "consultations/new.html", ctx, status_code=exc.status)
    return RedirectResponse(f"/consultations/{row.id}", status_code=303)


@router.get("/consultations/{consultation_id}")
def detail(request: Request, user: Reader, consultation_id: int):
    row = _intake(request).consultation(consultation_id, token=user.token)
    return render(request, "consultations/detail.html", {"c": row})


@router.post("/consultations/{consultation_id}/follow-up")
def follow_up(request: Request, user: Recorder, consultation_id: int, note: Annotated[str, Form()] = ""):
    client = _intake(request)
    try:
        client.follow_up_consultation(consultation_id, note.strip(), token=user.token)
    except ProblemError as exc:
        row = client.consultation(consultation_id, token=user.token)
        return render(request, "consultations/detail.html", {"c": row, "error": exc}, status_code=exc.status)
    return RedirectResponse(f"/consultations/{consultation_id}", status_code=303)


@router.get("/online-applications")
def online_queue(request: Request, user: QueueReader, status: str = "submitted"):
    rows = _intake(request).online_queue(status=status or None, token=user.token)
    names = {i.code: i.name for i in request.app.state.eligibility.list_items(token=user.token)}
    return render(
        request, "consultations/online_queue.html", {"rows": rows, "status": status, "names": names}
    )


def _online_context(request: Request, user: WebUser, online_id: int, **extra) -> dict:
    row = _intake(request).online_application(online_id, token=user.token)
    items = request.app.state.eligibility.list_items(token=user.token)
    return {"o": row, "items": items, **extra}


@router.get("/online-applications/{online_id}")
def online_detail(request: Request, user: QueueReader, online_id: int):
    return render(request, "consultations/online_detail.html", _online_context(request, user, online_id))


@router.post("/online-applications/{online_id}/confirm")
def confirm(
    request: Request,
    user: Window,
    online_id: int,
    item_codes: Texts = [],
    provided: Texts = [],
    ack_reason: Annotated[str, Form()] = "",
):
    body: dict = {"item_codes": item_codes or None, "provided_materials": provided}
    if ack_reason.strip():
        body["duplicate_acknowledgement"] = {"reason": ack_reason.strip()}
    try:
        answer = _intake(request).confirm_online(online_id, body, token=user.token)
    except ProblemError as exc:
        raw = (exc.extra.get("findings") or []) if exc.field == "duplicate_acknowledgement" else []
        findings = [DuplicateFinding.model_validate(f) for f in raw]
        ctx = _online_context(request, user, online_id, error=exc, findings=findings)
        return render(request, "consultations/online_detail.html", ctx, status_code=exc.status)
    return RedirectResponse(f"/applications/{answer.id}", status_code=303)


@router.post("/online-applications/{online_id}/close")
def close(request: Request, user: Window, online_id: int, reason: Annotated[str, Form()] = ""):
    try:
        _intake(request).close_online(online_id, reason.strip(), token=user.token)
    except ProblemError as exc:
        ctx = _online_context(request, user, online_id, error=exc)
        return render(request, "consultations/online_detail.html", ctx, status_code=exc.status)
    return RedirectResponse("/online-applications", status_code=303)

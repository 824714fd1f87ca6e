"""Web pages for the transfer service: slips, the web-mode inbox, supervision, verification, departments."""

import uuid
from datetime import UTC, datetime
from typing import Annotated

import segno
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from markupsafe import Markup

from services.common.clock import SHANGHAI
from services.common.errors import ProblemError
from services.common.vocabulary import OPEN_SLIP_STATES, Role, SlipKind, SlipState
from web.messages import humanise
from web.rendering import is_htmx, render, templates
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Staff = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
DeptStaff = Annotated[WebUser, Depends(require_roles("department_staff"))]
Window = Annotated[WebUser, Depends(require_roles("window_staff"))]
Supervisor = Annotated[WebUser, Depends(require_roles("supervisor", "admin", "window_staff"))]
Admin = Annotated[WebUser, Depends(require_roles("admin"))]
# the states in which the district window may still pass an escalate slip on
FORWARDABLE = (SlipState.ISSUED, SlipState.DELIVERED, SlipState.ACKNOWLEDGED, SlipState.OPINION_GIVEN)


def _local_time(value: datetime | str | None) -> str:
    """A UTC time from the API (a datetime, or ISO text) as Beijing time, to the minute."""
    if not value:
        return "—"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    # SQLite hands back naive datetimes; every stored time is UTC
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


# additive: filters only the transfer templates use
templates.env.filters["local_time"] = _local_time


def _transfer(request: Request):
    return request.app.state.transfer


def _qr(url: str) -> Markup:
    # segno writes the SVG itself from the URL; nothing user-typed goes into it unescaped
    return Markup(segno.make(url, error="m").svg_inline(scale=3, dark="#000"))  # noqa: S704


def _event_body(form: dict) -> dict:
    kind = form.get("type", "")
    fields = {
        "acknowledged": (),
        "opinion": ("opinion",),
        "returned": ("reason",),
        "result": ("outcome", "amount", "reason"),
        "feedback": ("to_applicant", "to_window", "signed_by"),
    }
    body = {"type": kind}
    for name in fields.get(kind, ()):
        value = (form.get(name) or "").strip()
        if value or name != "amount":
            body[name] = value
    return body


def _caps(client, slip, token: str, *, emergency: bool = False):
    """The household's 临时救助 figures before a result (or emergency aid), or why they cannot be shown."""
    deciding = (
        slip is not None
        and slip.item_code == "temporary_assistance"
        and slip.state == SlipState.OPINION_GIVEN
    )
    if not (deciding or emergency):
        return None
    try:
        return client.slip_caps(slip.id, token=token)
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        return f"暂时无法核对年度上限（{exc.detail}），登记同意金额将被拒绝，请稍后重试"


def _major(client, slip, user: WebUser):
    """The case's 情况重大 report, if any (departments do not see it)."""
    if user.role not in ("window_staff", "supervisor", "admin"):
        return None
    try:
        return client.major_report(slip.case_id, token=user.token)
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        return None


@router.post("/slips/{slip_id}/major")
def major_case(
    request: Request,
    slip_id: int,
    user: Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))],
    action: Annotated[str, Form()],
    summary: Annotated[str, Form()] = "",
    acknowledged_by: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
):
    client = _transfer(request)
    slip = client.get_slip(slip_id, token=user.token)
    try:
        if action == "ack":
            body = {"acknowledged_by": acknowledged_by, "note": note}
            client.acknowledge_major_case(slip.case_id, body, token=user.token)
            message = "已登记区政府签收"
        else:
            client.report_major_case(slip.case_id, {"summary": summary}, token=user.token)
            message = "已报告区政府"
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        message = f"未能登记：{exc.detail}"
    return render(request, "transfer/slip.html", _slip_context(request, user, slip_id, message=message))


@router.get("/slips")
def slips_page(
    request: Request,
    user: Staff,
    kind: str | None = None,
    state: str | None = None,
    overdue: str | None = None,
):
    rows = _transfer(request).list_slips(
        kind=kind or None, state=state or None, overdue=True if overdue else None, token=user.token
    )
    return render(
        request, "transfer/slips.html", {"slips": rows, "kind": kind, "state": state, "overdue": overdue}
    )


def _slip_context(request: Request, user: WebUser, slip_id: int, message: str | None = None) -> dict:
    client = _transfer(request)
    slip = client.get_slip(slip_id, token=user.token)
    deliveries = None
    if user.role != "department_staff" or user.department_id == slip.receiver_id:
        deliveries = client.deliveries(slip_id, token=user.token)
    access = client.access_log(slip_id, token=user.token) if user.role in ("supervisor", "admin") else None
    receivers = []
    is_district_window = user.role == "window_staff" and len(user.region) == 6
    can_forward = is_district_window and slip.kind == SlipKind.ESCALATE and slip.state in FORWARDABLE
    can_reroute = (
        user.role == "window_staff"
        and slip.state == SlipState.RETURNED
        and not slip.successor_slip_id
        and slip.sender_region.startswith(user.region)
    )
    if can_forward or can_reroute:
        # forwarding passes on to offices; a town re-routing may also escalate to the district window
        receivers = [
            d
            for d in client.list_departments(token=user.token)
            if d.id != slip.receiver_id and (can_reroute or not d.is_window)
        ]
    can_emergency = user.role == Role.WINDOW_STAFF and slip.emergency and not slip.paperwork_completed_at
    major = _major(client, slip, user)
    return {
        "slip": slip,
        "major": major,
        "can_report_major": user.role == Role.WINDOW_STAFF and major is None and slip.case_id is not None,
        "can_ack_major": major is not None
        and major.acknowledged_at is None
        and (user.role == "admin" or (user.role == "supervisor" and len(user.region) == 6)),
        "caps": _caps(client, slip, user.token, emergency=can_emergency),
        "deliveries": deliveries,
        "access": access,
        "can_emergency": can_emergency,
        "receivers": receivers,
        "can_forward": can_forward,
        "can_reroute": can_reroute,
        "can_ack": is_district_window
        and slip.kind == SlipKind.ESCALATE
        and slip.state in (SlipState.ISSUED, SlipState.DELIVERED),
        "message": message,
    }


@router.get("/slips/{slip_id}")
def slip_page(request: Request, slip_id: int, user: Staff, message: str | None = None):
    context = _slip_context(request, user, slip_id, message=message)
    return render(request, "transfer/slip.html", context | {"open_states": OPEN_SLIP_STATES})


@router.post("/slips/{slip_id}/forward")
def forward_slip(
    request: Request,
    slip_id: int,
    user: Window,
    receiver_id: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
    action: Annotated[str, Form()] = "forward",
):
    client = _transfer(request)
    body = {"receiver_id": receiver_id, "note": note}
    if action == "reroute":
        child = client.reroute_slip(slip_id, body, token=user.token)
    else:
        child = client.forward_slip(slip_id, body, token=user.token)
    return RedirectResponse(f"/slips/{child.id}", status_code=303)


@router.post("/slips/{slip_id}/acknowledge")
def window_acknowledge(request: Request, slip_id: int, user: Window):
    _transfer(request).post_event(slip_id, {"type": "acknowledged"}, token=user.token)
    return RedirectResponse(f"/slips/{slip_id}", status_code=303)


@router.post("/slips/{slip_id}/emergency")
def emergency(
    request: Request,
    slip_id: int,
    user: Window,
    action: Annotated[str, Form()],
    given_by: Annotated[str, Form()] = "",
    what: Annotated[str, Form()] = "",
    amount: Annotated[str, Form()] = "0",
):
    client = _transfer(request)
    slip = client.get_slip(slip_id, token=user.token)
    try:
        if action == "paperwork":
            client.complete_paperwork(slip.case_id, token=user.token)
            message = "已登记手续补齐"
        else:
            client.record_emergency_aid(
                slip.case_id,
                {"given_by": given_by, "what": what, "amount": amount or "0"},
                token=user.token,
            )
            message = "已登记先行救助"
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        message = f"未能登记：{exc.detail}"
    return render(request, "transfer/slip.html", _slip_context(request, user, slip_id, message=message))


@router.post("/slips/{slip_id}/replay")
def replay(
    request: Request, slip_id: int, user: Annotated[WebUser, Depends(require_roles("window_staff", "admin"))]
):
    answer = _transfer(request).replay_deliveries(slip_id, token=user.token)
    ctx = _slip_context(request, user, slip_id, message=f"已重新排队推送 {answer.replayed} 条消息")
    return render(request, "transfer/slip.html", ctx)


@router.get("/slips/{slip_id}/print")
def print_slip(request: Request, slip_id: int, user: Staff):
    slip = _transfer(request).get_slip(slip_id, token=user.token)
    url = f"{request.app.state.settings.platform.web_url}/verify/{slip.verify_code}"
    return render(request, "transfer/print.html", {"slip": slip, "qr": _qr(url), "verify_url": url})


@router.get("/verify/{code}")
def verify_page(request: Request, code: str):
    try:
        result = _transfer(request).verify(code)
    except ProblemError as exc:
        if exc.status != 404:
            raise
        result = None
    return render(request, "transfer/verify.html", {"result": result}, status_code=200 if result else 404)


@router.get("/inbox")
def inbox(request: Request, user: DeptStaff, show: str = "open"):
    client = _transfer(request)
    rows = client.list_slips(receiver=user.department_id, token=user.token)
    if show == "open":
        rows = [r for r in rows if r.state in OPEN_SLIP_STATES]
    dept = client.get_department(user.department_id, token=user.token) if user.department_id else None
    caps = {r.id: _caps(client, r, user.token) for r in rows}
    return render(
        request,
        "transfer/inbox.html",
        {"slips": rows, "dept": dept, "show": show, "key": uuid.uuid4().hex, "caps": caps},
    )


@router.post("/inbox/{slip_id}/event")
async def inbox_event(request: Request, slip_id: int, user: DeptStaff):
    form = dict(await request.form())
    client = _transfer(request)
    error = None
    try:
        client.post_event(
            slip_id, _event_body(form), idempotency_key=form.get("key") or None, token=user.token
        )
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        error = exc.detail
    slip = next(
        (s for s in client.list_slips(receiver=user.department_id, token=user.token) if s.id == slip_id),
        None,
    )
    dept = client.get_department(user.department_id, token=user.token)
    ctx = {"slip": slip, "dept": dept, "error": error, "key": uuid.uuid4().hex}
    ctx["caps"] = {slip.id: _caps(client, slip, user.token)} if slip else {}
    if not is_htmx(request):
        return RedirectResponse("/inbox", status_code=303)
    return render(request, "transfer/inbox.html", ctx, block="slip_card")


@router.get("/supervision")
def supervision(request: Request, user: Supervisor, message: str | None = None):
    board = _transfer(request).supervision(token=user.token)
    return render(request, "transfer/supervision.html", {"board": board, "message": message})


@router.post("/supervision/sweep")
def sweep(request: Request, user: Annotated[WebUser, Depends(require_roles("supervisor", "admin"))]):
    counts = _transfer(request).run_sweep(token=user.token)
    return RedirectResponse(
        f"/supervision?message=催办{counts.reminder}件，督办{counts.supervision}件", status_code=303
    )


@router.get("/admin/departments")
def departments_page(request: Request, user: Admin):
    rows = _transfer(request).list_departments(token=user.token)
    return render(request, "transfer/departments.html", {"departments": rows})


@router.post("/admin/departments")
async def create_department(request: Request, user: Admin):
    form = dict(await request.form())
    body = {
        k: (form.get(k) or "").strip()
        for k in (
            "id",
            "name",
            "type",
            "region",
            "integration_mode",
            "handler_a",
            "handler_b",
            "head_name",
            "phone",
        )
    }
    body["callback_url"] = (form.get("callback_url") or "").strip() or None
    client = _transfer(request)
    try:
        created = client.create_department(body, token=user.token)
    except ProblemError as exc:
        if exc.status in (401, 403):
            raise
        return render(
            request,
            "transfer/departments.html",
            {
                "departments": client.list_departments(token=user.token),
                "error": humanise(exc).detail,
                "form": body,
            },
            status_code=exc.status,
        )
    return render(
        request,
        "transfer/departments.html",
        {"departments": client.list_departments(token=user.token), "shown_once": created},
    )


@router.post("/admin/departments/{department_id}/{action}")
def department_action(
    request: Request,
    department_id: str,
    action: str,
    user: Admin,
    name: Annotated[str, Form()] = "",
    head_name: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    handler_a: Annotated[str, Form()] = "",
    handler_b: Annotated[str, Form()] = "",
):
    client = _transfer(request)
    shown = None
    if action == "edit":  # 部门信息可改 (issue 15): the errors come back on the page, as Chinese sentences
        changes = {"name": name.strip(), "head_name": head_name.strip(), "phone": phone.strip()}
        changes |= {"handler_a": handler_a.strip(), "handler_b": handler_b.strip()}
        try:
            client.update_department(department_id, changes, token=user.token)
        except ProblemError as exc:
            if exc.status in (401, 403):
                raise
            rows = client.list_departments(token=user.token)
            ctx = {"departments": rows, "error": humanise(exc).detail}
            return render(request, "transfer/departments.html", ctx, status_code=exc.status)
    elif action == "toggle-away":
        dept = client.get_department(department_id, token=user.token)
        client.update_department(department_id, {"a_away": not dept.a_away}, token=user.token)
    elif action == "enable":
        client.update_department(department_id, {"callback_disabled": False}, token=user.token)
    elif action == "rotate-secret":
        shown = {"id": department_id, **client.rotate_secret(department_id, token=user.token).model_dump()}
    elif action == "client-token":
        shown = {
            "id": department_id,
            **client.issue_partner_token(department_id, token=user.token).model_dump(),
        }
    else:
        return RedirectResponse("/admin/departments", status_code=303)
    if shown is None:
        return RedirectResponse("/admin/departments", status_code=303)
    return render(
        request,
        "transfer/departments.html",
        {"departments": client.list_departments(token=user.token), "shown_once": shown},
    )

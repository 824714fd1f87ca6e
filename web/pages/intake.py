"""Web pages for the intake service: workbench, intake wizard, ledger, case page, prints, public pages."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse

from services.common.clock import get_clock
from services.common.errors import Invalid, ProblemError
from services.common.proxies import client_address
from services.common.regions import REGIONS
from services.common.vocabulary import ApplicationStatus, Role
from services.intake.client import DuplicateFinding
from web import casework
from web.messages import humanise
from web.names import names_for
from web.pages import wizard
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles, take_kept_form

router = APIRouter(dependencies=[Depends(csrf_protect)])
Window = Annotated[WebUser, Depends(require_roles(Role.WINDOW_STAFF))]
Reader = Annotated[WebUser, Depends(require_roles(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Admin = Annotated[WebUser, Depends(require_roles(Role.ADMIN))]
LEVELS = [(5, "非常满意"), (4, "满意"), (3, "基本满意"), (2, "不满意"), (1, "非常不满意")]
Texts = Annotated[list[str], Form()]


def _intake(request: Request):
    return request.app.state.intake


def _ip(request: Request) -> str:
    # the browser's address; X-Forwarded-For only counts when it comes from a trusted proxy
    return client_address(request)


@router.get("/workbench")
def workbench(request: Request, user: Window):
    rows = _intake(request).ledger(token=user.token, page_size=200).rows
    today = get_clock(request).today()
    before_acceptance = (ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)
    groups = {
        "today": [r for r in rows if r.received_date == today],
        "awaiting": [r for r in rows if r.status in before_acceptance],
        "overdue": [r for r in rows if r.overdue],
        "near": [r for r in rows if r.near_due],
    }
    return render(request, "intake/workbench.html", {"groups": groups, "rows": rows})


def _wizard_context(request: Request, user: WebUser, form: dict | None = None, **extra) -> dict:
    blank = wizard.form_from({})
    form = {**blank, **(form or {})}
    form["hukou_region"] = form["hukou_region"] or user.region  # most applicants live in the clerk's street
    return {
        **wizard.live_context(request, user, form),
        "idempotency_key": form.get("idempotency_key") or uuid.uuid4().hex,
        **extra,
    }


@router.get("/applications/new")
def new_application(request: Request, user: Window, consultation: Annotated[int, Query(ge=1)] | None = None):
    if consultation is None:
        kept = take_kept_form(request)
        if kept:  # the login ran out while the clerk typed: the values come back
            ctx = _wizard_context(request, user, wizard.form_from(kept), kept=True)
            return render(request, "intake/new.html", ctx)
        return render(request, "intake/new.html", _wizard_context(request, user))
    # 来访转为申请: the wizard opens filled from the consultation and registers through it (linked)
    draft = _intake(request).consultation_draft(consultation, token=user.token)
    form = {
        "applicant_name": draft.applicant.name,
        "id_number": draft.applicant.id_number or "",
        "phone": draft.applicant.phone or "",
        "hukou_region": draft.applicant.hukou_region or "",
        "difficulty": draft.difficulty,
        "item_codes": draft.item_codes,
        "dont_know": "1" if draft.dont_know else "",
        "consultation_id": str(consultation),
    }
    return render(request, "intake/new.html", _wizard_context(request, user, form))


@router.post("/applications/check-id")
def check_id(request: Request, user: Window, id_number: Annotated[str, Form()] = ""):
    return render(request, "intake/_id_check.html", {"id_check": wizard.id_check_of(id_number)})


@router.post("/applications/check-duplicates")
def check_duplicates(
    request: Request,
    user: Window,
    id_number: Annotated[str, Form()] = "",
    member_id: Texts = [],
    item_codes: Texts = [],
):
    ids = [n.strip() for n in [id_number, *member_id] if n.strip()]
    findings, problem = [], None
    if ids and item_codes:
        try:
            findings = _intake(request).duplicate_check(ids, item_codes, token=user.token).findings
        except ProblemError as exc:
            problem = exc.detail
    return render(request, "intake/new.html", {"findings": findings, "problem": problem}, block="duplicates")


@router.post("/applications/new")
def create_application(
    request: Request,
    user: Window,
    applicant_name: Annotated[str, Form()] = "",
    id_number: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    hukou_region: Annotated[str, Form()] = "",
    difficulty: Annotated[str, Form()] = "",
    member_name: Texts = [],
    member_id: Texts = [],
    member_relation: Texts = [],
    item_codes: Texts = [],
    provided: Texts = [],
    dont_know: Annotated[str, Form()] = "",
    emergency: Annotated[str, Form()] = "",
    channel: Annotated[str, Form()] = "window",
    agent_name: Annotated[str, Form()] = "",
    agent_id: Annotated[str, Form()] = "",
    agent_doc: Annotated[str, Form()] = "",
    community_name: Annotated[str, Form()] = "",
    ack_reason: Annotated[str, Form()] = "",
    idempotency_key: Annotated[str, Form()] = "",
    consultation_id: Annotated[str, Form(pattern=r"^[0-9]{0,9}$")] = "",
    id_from_card: Annotated[str, Form()] = "",
):
    members = [
        {"name": n.strip(), "id_number": i.strip(), "relation": (r or "家庭成员").strip()}
        for n, i, r in zip(member_name, member_id, member_relation + [""] * len(member_name), strict=False)
        if n.strip() or i.strip()
    ]
    body = {
        "applicant": {
            "name": applicant_name.strip(),
            "id_number": id_number.strip(),
            "phone": phone.strip(),
            "hukou_region": hukou_region,
        },
        "members": members,
        "difficulty": difficulty.strip(),
        "item_codes": item_codes,
        "dont_know": bool(dont_know),
        "emergency": bool(emergency),
        "channel": channel,
        "provided_materials": provided,
    }
    if channel == "agent":
        body["agent"] = {"name": agent_name, "id_number": agent_id, "authorisation_document": agent_doc}
    if channel == "community" or community_name.strip():  # 公示 shows the applicant's community
        body["community_name"] = community_name.strip()
    if ack_reason.strip():
        body["duplicate_acknowledgement"] = {"reason": ack_reason.strip()}
    form = {
        "applicant_name": applicant_name,
        "id_number": id_number,
        "phone": phone,
        "hukou_region": hukou_region,
        "difficulty": difficulty,
        "members": members,
        "item_codes": item_codes,
        "provided": provided,
        "dont_know": dont_know,
        "emergency": emergency,
        "channel": channel,
        "agent_name": agent_name,
        "agent_id": agent_id,
        "agent_doc": agent_doc,
        "community_name": community_name,
        "idempotency_key": idempotency_key,
        "consultation_id": consultation_id,
        "id_from_card": id_from_card,
    }
    try:
        if consultation_id:  # from the visitor register: register and link in one transaction
            answer = _intake(request).convert_consultation(int(consultation_id), body, token=user.token)
        else:
            answer = _intake(request).create_application(
                body, idempotency_key=idempotency_key or None, token=user.token
            )
    except ProblemError as exc:
        # the 409 carries the guard's findings (the client keeps a problem's extra members)
        raw = (exc.extra.get("findings") or []) if exc.field == "duplicate_acknowledgement" else []
        findings = [DuplicateFinding.model_validate(f) for f in raw]
        ctx = _wizard_context(request, user, form, error=exc, findings=findings, need_ack=bool(findings))
        return render(request, "intake/new.html", ctx, status_code=exc.status)
    return RedirectResponse(f"/applications/{answer.id}", status_code=303)


@router.get("/applications")
def ledger(
    request: Request,
    user: Reader,
    status: str = "",
    item_code: str = "",
    date_from: str = "",
    date_to: str = "",
    overdue: str = "",
    q: str = "",
    page: int = 1,
    before_id: int | None = None,
):
    filters = {
        "status": status,
        "item_code": item_code,
        "date_from": date_from,
        "date_to": date_to,
        "q": q,
        "overdue": True if overdue else None,
        "page": page,
        "page_size": 20,
    }
    # 下一页 carries the cursor (before_id): the next page is read from the index however deep it is
    data = _intake(request).ledger(token=user.token, **filters, before_id=before_id)
    try:
        items = request.app.state.eligibility.list_items(token=user.token)
    except ProblemError:
        items = []
    pages = max(1, -(-data.total // data.page_size))
    return render(
        request,
        "intake/ledger.html",
        {
            "data": data,
            "filters": filters,
            "statuses": ApplicationStatus.labels(),
            "items": items,
            "pages": pages,
            "page_numbers": _page_numbers(data.page, pages),
            "query": {k: v for k, v in filters.items() if k != "page" and v not in (None, "")},
        },
    )


def _page_numbers(page: int, pages: int) -> list[int | None]:
    """1 … 4 5 [6] 7 8 … 20: the first, the last and two either side of the current page (None = gap)."""
    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - (out[-1] or 0) > 1:
            out.append(None)
        out.append(n)
    return out


@router.get("/applications/print")
def print_batch(
    request: Request,
    user: Reader,
    kind: Annotated[str, Query(pattern="^(receipt|notice)$")] = "receipt",
    ids: Annotated[list[int], Query(max_length=50)] = [],
):
    """Several receipts or notices at once, one per page (批量打印), from the ledger's ticked rows."""
    cases, skipped = [], []
    for application_id in ids:
        case = _intake(request).get_application(application_id, token=user.token, purpose="print")
        has = case.receipt_number if kind == "receipt" else case.notice
        (cases if has else skipped).append(case if has else case.case_number)
    ctx = {"cases": cases, "skipped": skipped, "kind": kind, "copies": ["申请人留存", "窗口留底"]}
    return render(request, "intake/print_batch.html", ctx)


def _case_context(request: Request, user: WebUser, application_id: int, **extra) -> dict:
    case = _intake(request).get_application(application_id, token=user.token)
    checklist = None
    codes = [i.item_code for i in case.items]
    if codes:
        try:
            checklist = request.app.state.eligibility.checklist(
                codes, case.provided_materials, token=user.token
            )
        except ProblemError:
            checklist = None
    items = []
    if case.status == ApplicationStatus.DRAFT:
        try:
            items = request.app.state.eligibility.list_items(token=user.token)
        except ProblemError:
            items = []
    before = case.status in (ApplicationStatus.DRAFT, ApplicationStatus.AWAITING_MATERIALS)
    preview = []
    if before and codes:
        preview = casework.routing_preview(
            request,
            user.token,
            item_codes=codes,
            window_level=case.window_level,
            window_region=case.window_region,
            hukou_region=case.hukou_region,
        )
    names = names_for(request).learn(
        [(case.first_responder_username, case.first_responder_name)]
        + [(s.actor, s.actor_name) for s in case.status_history]
    )
    flash = request.session.pop("flash_error", None)
    if flash and "error" not in extra:
        problem = ProblemError(flash["detail"])
        problem.status, problem.title = flash["status"], flash["title"]
        extra["error"] = problem
    return {
        "case": case,
        "checklist": checklist,
        "catalogue": items,
        "material_names": casework.material_names(request, user.token),
        "unavailable": casework.unavailable_actions(case, checklist),
        "preview": preview,
        "slips": casework.case_slips(request, user.token, case) if not before else [],
        "names": names,
        "today": get_clock(request).today().isoformat(),
        **extra,
    }


@router.get("/applications/{application_id}")
def case_page(request: Request, user: Reader, application_id: int):
    return render(request, "intake/case.html", _case_context(request, user, application_id))


@router.get("/applications/{application_id}/do/{action}")
def case_action_reopened(application_id: int, user: Reader):
    # an action's address opened again (back button, bookmark): the case page, never "method not allowed"
    return RedirectResponse(f"/applications/{application_id}", status_code=303)


def _action_body(action: str, form) -> dict | None:
    def text(name):
        return (form.get(name) or "").strip()

    def opt_date(name):
        return text(name) or None

    bodies = {
        "materials": lambda: {
            "materials": form.getlist("materials"),
            "received_date": opt_date("received_date"),
        },
        "accept": lambda: {
            "accepted_date": opt_date("accepted_date"),
            # 容缺受理: only when the clerk chose it and gave the reason on the form
            **(
                {
                    "tolerate_missing": {
                        "reason": text("tolerate_reason"),
                        "materials": form.getlist("tolerate_materials"),
                        "due_date": opt_date("tolerate_due_date"),
                    }
                }
                if text("tolerate") == "1"
                else {}
            ),
        },
        "not-accept": lambda: {"reason": text("reason"), "legal_basis": text("legal_basis")},
        "withdraw": lambda: {"reason": text("reason")},
        "pause": lambda: {
            "kind": text("kind"),
            "reason": text("reason"),
            "start_date": opt_date("start_date"),
        },
        "resume": lambda: {"end_date": opt_date("end_date")},
        "extend": lambda: {
            "approver": text("approver"),
            "reason": text("reason"),
            "extra_days": int(text("extra_days") or 0),
            "applicant_notified_date": opt_date("applicant_notified_date"),
        },
    }
    return bodies[action]() if action in bodies else None


@router.post("/applications/{application_id}/do/{action}")
async def case_action(request: Request, user: Window, application_id: int, action: str):
    # async only to read the multi-valued form; the service call runs in a worker thread
    from starlette.concurrency import run_in_threadpool

    form = await request.form()
    allowed = {
        "materials",
        "notice",
        "accept",
        "not-accept",
        "withdraw",
        "pause",
        "resume",
        "extend",
        "archive",
        "items",
    }
    if action not in allowed:
        return RedirectResponse(f"/applications/{application_id}", status_code=303)
    client = _intake(request)
    try:
        if action == "items":
            await run_in_threadpool(
                client.set_items, application_id, form.getlist("item_codes"), token=user.token
            )
        else:
            await run_in_threadpool(
                client.act, application_id, action, _action_body(action, form), token=user.token
            )
    except (ProblemError, ValueError) as exc:
        error = exc if isinstance(exc, ProblemError) else Invalid("延期天数应为整数", field="extra_days")
        shown = humanise(error)  # redirect after POST: the case page says what went wrong, once
        request.session["flash_error"] = {
            "detail": shown.detail,
            "status": shown.status,
            "title": shown.title,
        }
        return RedirectResponse(f"/applications/{application_id}#error", status_code=303)
    target = f"/applications/{application_id}" + (
        "/notice/print" if action == "notice" else "/receipt/print" if action == "accept" else ""
    )
    return RedirectResponse(target, status_code=303)


@router.get("/applications/{application_id}/notice/print")
def print_notice(request: Request, user: Reader, application_id: int):
    case = _intake(request).get_application(application_id, token=user.token, purpose="print")
    return render(request, "intake/print_notice.html", {"case": case, "copies": ["申请人留存", "窗口留底"]})


@router.get("/applications/{application_id}/receipt/print")
def print_receipt(request: Request, user: Reader, application_id: int):
    case = _intake(request).get_application(application_id, token=user.token, purpose="print")
    if not case.receipt_number:  # not accepted (yet): there is no receipt to print
        return RedirectResponse(f"/applications/{application_id}", status_code=303)
    return render(request, "intake/print_receipt.html", {"case": case})


@router.get("/applications/{application_id}/not-accepted/print")
def print_not_accepted(request: Request, user: Reader, application_id: int):
    case = _intake(request).get_application(application_id, token=user.token, purpose="print")
    return render(request, "intake/print_receipt.html", {"case": case, "refusal": True})


@router.get("/statistics")
def statistics(request: Request, user: Reader, year: int | None = None):
    year = year or get_clock(request).today().year
    stats = _intake(request).statistics(year, token=user.token)
    ratings = _intake(request).rating_report(token=user.token)
    complaints = _intake(request).complaints(token=user.token)
    return render(
        request, "intake/statistics.html", {"stats": stats, "ratings": ratings, "complaints": complaints}
    )


@router.get("/complaints")
def complaints_page(request: Request, user: Reader):
    return render(
        request,
        "intake/complaints.html",
        {"complaints": _intake(request).complaints(token=user.token), "regions": REGIONS},
    )


@router.post("/complaints")
def complaint_action(
    request: Request,
    user: Reader,
    action: Annotated[str, Form()] = "",
    complaint_id: Annotated[int, Form()] = 0,
    handler: Annotated[str, Form()] = "",
    reply: Annotated[str, Form()] = "",
    region: Annotated[str, Form()] = "",
    content: Annotated[str, Form()] = "",
    complainant_name: Annotated[str, Form()] = "",
    contact: Annotated[str, Form()] = "",
):
    client = _intake(request)
    try:
        if action == "assign":
            client.assign_complaint(complaint_id, handler.strip(), token=user.token)
        elif action == "reply":
            client.reply_complaint(complaint_id, reply.strip(), token=user.token)
        elif action == "record":
            client.record_complaint(
                {
                    "region": region,
                    "content": content.strip(),
                    "complainant_name": complainant_name,
                    "contact": contact,
                },
                token=user.token,
            )
    except ProblemError as exc:
        ctx = {"complaints": client.complaints(token=user.token), "regions": REGIONS, "error": exc}
        return render(request, "intake/complaints.html", ctx, status_code=exc.status)
    return RedirectResponse("/complaints", status_code=303)


@router.get("/admin/calendar")
def calendar_admin(request: Request, user: Admin, result: str = ""):
    client = _intake(request)
    year = get_clock(request).today().year
    years = [client.calendar_year(y, token=user.token) for y in (year, year + 1)]
    return render(
        request,
        "intake/calendar.html",
        {"years": years, "log": client.recomputations(token=user.token), "result": result},
    )


@router.post("/admin/calendar")
def upload_calendar(
    request: Request,
    user: Admin,
    year: Annotated[int, Form()],
    holidays: Annotated[str, Form()] = "",
    workdays: Annotated[str, Form()] = "",
    reference: Annotated[str, Form()] = "",
):
    def lines(text: str) -> list[str]:
        return [p.strip() for p in text.replace(",", "\n").replace("，", "\n").splitlines() if p.strip()]

    try:
        answer = _intake(request).upload_calendar_notice(
            {"year": year, "holidays": lines(holidays), "workdays": lines(workdays), "reference": reference},
            token=user.token,
        )
    except ProblemError as exc:
        ctx = {
            "years": [],
            "log": [],
            "error": exc,
            "form": {"year": year, "holidays": holidays, "workdays": workdays, "reference": reference},
        }
        return render(request, "intake/calendar.html", ctx, status_code=exc.status)
    done = answer.recompute
    return RedirectResponse(
        f"/admin/calendar?result={done.year}:{done.cases_checked}:{done.cases_changed}",
        status_code=303,
    )


# the people's side: no login
@router.get("/progress")
def progress_page(request: Request):
    return render(request, "intake/public.html", {"mode": "progress"})


@router.post("/progress")
def progress_query(
    request: Request, case_number: Annotated[str, Form()] = "", id_last6: Annotated[str, Form()] = ""
):
    try:
        number = (
            case_number.strip().upper().replace("－", "-").replace(" ", "")
        )  # hd-2026-00001 is the same case
        result = _intake(request).progress(number, id_last6.strip().upper(), client_ip=_ip(request))
    except ProblemError as exc:
        return render(
            request, "intake/public.html", {"mode": "progress", "error": exc}, status_code=exc.status
        )
    return render(request, "intake/public.html", {"mode": "progress", "result": result})


@router.get("/rate")
def rate_page(request: Request):
    return render(request, "intake/public.html", {"mode": "rate", "levels": LEVELS})


@router.post("/rate")
def rate(
    request: Request,
    case_number: Annotated[str, Form()] = "",
    id_last6: Annotated[str, Form()] = "",
    level: Annotated[int, Form()] = 0,
    comment: Annotated[str, Form()] = "",
):
    body = {
        "case_number": case_number.strip(),
        "id_last6": id_last6.strip(),
        "level": level,
        "comment": comment,
    }
    try:
        result = _intake(request).rate(body, client_ip=_ip(request))
    except ProblemError as exc:
        return render(
            request,
            "intake/public.html",
            {"mode": "rate", "levels": LEVELS, "error": exc},
            status_code=exc.status,
        )
    return render(request, "intake/public.html", {"mode": "rate", "levels": LEVELS, "result": result})


@router.get("/complaint")
def complaint_page(request: Request):
    return render(request, "intake/public.html", {"mode": "complaint", "regions": REGIONS})


@router.post("/complaint")
def complain(
    request: Request,
    region: Annotated[str, Form()] = "",
    content: Annotated[str, Form()] = "",
    complainant_name: Annotated[str, Form()] = "",
    contact: Annotated[str, Form()] = "",
    case_number: Annotated[str, Form()] = "",
):
    body = {
        "region": region,
        "content": content.strip(),
        "complainant_name": complainant_name.strip(),
        "contact": contact.strip(),
        "case_number": case_number.strip() or None,
    }
    try:
        result = _intake(request).complain(body, client_ip=_ip(request))
    except ProblemError as exc:
        return render(
            request,
            "intake/public.html",
            {"mode": "complaint", "regions": REGIONS, "error": exc},
            status_code=exc.status,
        )
    return render(request, "intake/public.html", {"mode": "complaint", "regions": REGIONS, "result": result})

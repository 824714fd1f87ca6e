"""The 办理流程 panel of a slip page (htmx): each step's form, the stored evaluation, the denial notice."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from services.common.errors import ProblemError
from services.transfer.procedure.client import ProcedureCalls
from services.transfer.procedure.steps import FINDING_TOPICS, FORM_FACTS
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Staff = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
Dept = Annotated[WebUser, Depends(require_roles("department_staff"))]
MONEY_FACTS = {fact for key, (fact, _) in FORM_FACTS.items() if key != "members"} | {"requested_amount"}
TOPIC_OF = {"members": "members", "assets": "assets"} | dict.fromkeys(
    ("income", "income12", "medical", "education"), "income"
)
OUTCOMES = {"eligible": "符合条件", "ineligible": "不符合条件", "needs_facts": "缺少事实"}


def _calls(request: Request) -> ProcedureCalls:
    return ProcedureCalls(request.app.state.transfer)


def _panel(request: Request, user: WebUser, slip_id: int, *, message=None, error=None, status_code=200):
    calls = _calls(request)
    status = calls.status(slip_id, token=user.token)
    slip = request.app.state.transfer.get_slip(slip_id, token=user.token)
    departments = []
    if status.procedure and "assign" in status.procedure.allowed:
        departments = [
            d
            for d in request.app.state.transfer.list_departments(token=user.token)
            if d.type == "social_organisation"
        ]
    context = {
        "status": status,
        "proc": status.procedure,
        "slip": slip,
        "message": message,
        "error": error,
        "form_facts": FORM_FACTS,
        "topics": FINDING_TOPICS,
        "outcomes": OUTCOMES,
        "organisations": departments,
    }
    return render(request, "procedure/panel.html", context, block="panel", status_code=status_code)


def _fact(name: str, value: str):
    value = value.strip()
    if name == "members":
        return int(value) if value.isdigit() else value
    return value


def _facts(form, prefix: str = "") -> dict:
    """The fact inputs of a form (empty ones left out)."""
    out = {}
    for key, (fact, _) in FORM_FACTS.items():
        value = (form.get(prefix + key) or "").strip()
        if value:
            out[fact] = _fact(fact, value)
    return out


def _body(action: str, form, upload_id: int | None) -> dict:
    """The JSON a step takes, from the panel's form."""
    text = {k: (form.get(k) or "").strip() for k in form.keys() if isinstance(form.get(k), str)}
    if action == "authorise":
        rows = zip(form.getlist("name"), form.getlist("id_number"), form.getlist("relation"), strict=False)
        supporters = set(form.getlist("supporter"))
        signatories = [
            {
                "name": n.strip(),
                "id_number": i.strip(),
                "relation": r.strip() or "家庭成员",
                "file_id": upload_id or 0,
            }
            | ({"supporter": True} if str(index) in supporters else {})
            for index, (n, i, r) in enumerate(rows)
            if n.strip() or i.strip()
        ]
        declared = _facts(form) | {
            k: text[k] for k in ("assistance_type", "residency", "requested_amount") if text.get(k)
        }
        declared["on_dibao"] = form.get("on_dibao") == "on"
        return {
            "signatories": signatories,
            "signed_date": text.get("signed_date", ""),
            "declared_facts": declared,
        }
    if action == "assign":
        if text.get("third_party_id"):
            return {"third_party_id": text["third_party_id"]}
        pairs = zip(form.getlist("investigator_username"), form.getlist("investigator_name"), strict=False)
        return {"investigators": [{"username": u.strip(), "name": n.strip()} for u, n in pairs if u.strip()]}
    if action == "visit":
        findings = [
            {"topic": TOPIC_OF[key], "fact": fact, "value": _fact(fact, text[key])}
            for key, (fact, _) in FORM_FACTS.items()
            if text.get(key)
        ]
        findings += [
            {"topic": topic, "note": text[f"note_{topic}"]}
            for topic in FINDING_TOPICS
            if text.get(f"note_{topic}")
        ]
        return {
            "visit_date": text.get("visit_date", ""),
            "findings": findings,
            "file_ids": [upload_id] if upload_id else [],
        }
    if action == "answer":
        return {"facts": _facts(form), "note": text.get("note", "")}
    fields = {
        "request_check": ("note",),
        "review": ("proposal", "amount", "reason"),
        "object": ("received_date", "content"),
        "vote": ("vote", "opinion"),
        "decide": ("amount", "period", "reason"),
        "deliver_denial": ("delivered_date", "method"),
    }
    return {k: text[k] for k in fields.get(action, ()) if text.get(k)}


@router.get("/slips/{slip_id}/procedure")
def panel(request: Request, slip_id: int, user: Staff):
    return _panel(request, user, slip_id)


@router.post("/slips/{slip_id}/procedure/{action}")
async def act(request: Request, slip_id: int, action: str, user: Dept):
    form = await request.form()
    calls, message, error = _calls(request), None, None
    try:
        upload_id = None
        scan = form.get("scan")
        if scan is not None and getattr(scan, "filename", ""):
            purpose = "pledge" if action == "authorise" else "visit"
            upload_id = calls.upload(slip_id, purpose, scan.filename, await scan.read(), token=user.token).id
        if action == "start":
            calls.start(slip_id, token=user.token)
        elif action == "resolve":
            calls.resolve(
                slip_id, int(form.get("objection_id") or 0), form.get("resolution") or "", token=user.token
            )
        elif action == "answer":
            calls.answer_check(slip_id, _body(action, form, None), token=user.token)
        elif action in (
            "authorise",
            "assign",
            "visit",
            "sign",
            "request_check",
            "evaluate",
            "review",
            "object",
            "close_disclosure",
            "vote",
            "decide",
            "deliver_denial",
        ):
            calls.step(slip_id, action, _body(action, form, upload_id), token=user.token)
        else:
            return Response(status_code=404)
        message = "已保存"
    except ProblemError as exc:
        if exc.status == 401:
            raise
        error = f"{exc.detail}" + (f"（字段 {exc.field}）" if exc.field else "")
    return _panel(request, user, slip_id, message=message, error=error)


@router.get("/slips/{slip_id}/procedure/files/{file_id}")
def file(request: Request, slip_id: int, file_id: int, user: Staff):
    data, content_type = _calls(request).file(slip_id, file_id, token=user.token)
    return Response(data, media_type=content_type, headers={"Cache-Control": "private, no-store"})


@router.get("/slips/{slip_id}/denial-notice")
def denial_notice(request: Request, slip_id: int, user: Staff):
    status = _calls(request).status(slip_id, token=user.token)
    slip = request.app.state.transfer.get_slip(slip_id, token=user.token)
    if status.procedure is None or status.procedure.decision != "denied":
        return render(
            request, "error.html", {"error": ProblemError("该事项没有不予救助决定")}, status_code=404
        )
    return render(request, "procedure/denial_notice.html", {"proc": status.procedure, "slip": slip})

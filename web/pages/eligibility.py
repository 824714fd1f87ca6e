"""Web pages for the eligibility service: the evaluation explainer (window staff) and the catalogue admin."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from services.common.clock import get_clock
from services.common.errors import Invalid, ProblemError
from services.common.vocabulary import CaseType, DepartmentType, HandlingLevel
from web.rendering import is_htmx, render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Staff = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[WebUser, Depends(require_roles("admin"))]
# value → label, as the templates read them
CASE_TYPES = CaseType.labels()
DEPARTMENTS = DepartmentType.labels()
LEVELS = HandlingLevel.labels()
OUTCOMES = {"eligible": "符合条件", "ineligible": "不符合条件", "needs_facts": "尚缺事实"}
RESULTS = {"passed": "符合", "failed": "不符合", "unknown": "待补充"}
NAMES = {
    "CASE_TYPES": CASE_TYPES,
    "DEPARTMENTS": DEPARTMENTS,
    "LEVELS": LEVELS,
    "OUTCOMES": OUTCOMES,
    "RESULTS": RESULTS,
}


def _client(request: Request):
    return request.app.state.eligibility


def _explain_context(request: Request, user: WebUser, item_code: str | None) -> dict:
    client = _client(request)
    items = [i for i in client.list_items(token=user.token) if i.has_rules]
    code = item_code if any(i.code == item_code for i in items) else (items[0].code if items else None)
    rules = client.get_rules(code, token=user.token) if code else None
    return {
        "items": items,
        "item_code": code,
        "facts": rules.definition.facts if rules else {},
        "as_of": get_clock(request).today().isoformat(),
        "values": {},
        **NAMES,
    }


@router.get("/eligibility/explain")
def explain_page(request: Request, user: Staff, item_code: str | None = None):
    ctx = _explain_context(request, user, item_code)
    # choosing another item swaps only the fact inputs (htmx sends the select's value)
    return render(
        request, "eligibility/explain.html", ctx, block="facts" if is_htmx(request) and item_code else None
    )


@router.post("/eligibility/explain")
async def explain(request: Request, user: Staff):
    form = await request.form()
    code = str(form.get("item_code", ""))
    # the API reads counts, booleans and yuan amounts from text itself, and names any fact it cannot read
    facts = {k[5:]: str(v).strip() for k, v in form.items() if k.startswith("fact_") and str(v).strip()}
    ids = [
        x.strip()
        for x in str(form.get("household_id_numbers", "")).replace("，", ",").split(",")
        if x.strip()
    ]
    ctx: dict = {"values": facts, **NAMES}
    try:
        ctx["result"] = _client(request).evaluate(
            code, str(form.get("as_of", "")), facts, ids or None, token=user.token
        )
    except Invalid as exc:  # a malformed fact is shown beside the form, naming the field
        ctx["error"], ctx["error_field"] = exc.detail, exc.field
    block = "result" if is_htmx(request) else None
    if block is None:
        ctx.update({k: v for k, v in _explain_context(request, user, code).items() if k != "values"})
    return render(request, "eligibility/explain.html", ctx, block=block, status_code=200)


@router.get("/admin/catalogue")
def catalogue_page(request: Request, user: Admin, message: str | None = None):
    client = _client(request)
    return render(
        request,
        "eligibility/catalogue.html",
        {
            "items": client.list_items(include_inactive=True, token=user.token),
            "parameters": client.list_parameters(token=user.token),
            "changes": client.changes(limit=30, token=user.token),
            "message": message,
            **NAMES,
        },
    )


@router.get("/admin/catalogue/{code}")
def item_page(request: Request, user: Admin, code: str, message: str | None = None, error: str | None = None):
    client = _client(request)
    return render(
        request,
        "eligibility/item.html",
        {
            "item": client.get_item(code, token=user.token),
            "materials": client.list_materials(token=user.token),
            "items": client.list_items(include_inactive=True, token=user.token),
            "history": client.item_history(code, token=user.token),
            "message": message,
            "error": error,
            **NAMES,
        },
    )


def _done(code: str, message: str) -> RedirectResponse:
    from urllib.parse import quote

    return RedirectResponse(f"/admin/catalogue/{code}?message={quote(message)}", status_code=303)


def _failed(code: str, exc: ProblemError) -> RedirectResponse:
    from urllib.parse import quote

    field = f"（{exc.field}）" if exc.field else ""
    return RedirectResponse(f"/admin/catalogue/{code}?error={quote(exc.detail + field)}", status_code=303)


@router.post("/admin/catalogue/{code}")
async def save_item(request: Request, user: Admin, code: str):
    form = await request.form()
    days = [
        int(d)
        for d in str(form.get("acceptance_days", "")).replace("，", ",").split(",")
        if d.strip().isdigit()
    ]
    limit = str(form.get("time_limit_days", "")).strip()
    body = {
        "name": form.get("name"),
        "category": form.get("category"),
        "owner_department_type": form.get("owner_department_type"),
        "legal_basis": form.get("legal_basis", ""),
        "acceptance_conditions": form.get("acceptance_conditions", ""),
        "case_type": form.get("case_type"),
        "time_limit_days": int(limit) if limit.isdigit() else None,
        "default_handling_level": form.get("default_handling_level"),
        "acceptance_window": {"days_of_month": days} if days else None,
        "exclusive_with": form.getlist("exclusive_with"),
        "active": form.get("active") == "on",
        "note": form.get("note", ""),
    }
    try:
        item = _client(request).update_item(code, body, token=user.token)
    except ProblemError as exc:
        return _failed(code, exc)
    return _done(code, f"已保存，当前为第 {item.version} 版")


@router.post("/admin/catalogue/{code}/materials")
async def save_materials(request: Request, user: Admin, code: str):
    form = await request.form()
    rows = []
    for material in form.getlist("material"):
        copies = str(form.get(f"copies_{material}", "1"))
        rows.append(
            {
                "code": material,
                "copies": int(copies) if copies.isdigit() else 1,
                "original": form.get(f"original_{material}") == "on",
            }
        )
    try:
        item = _client(request).set_item_materials(
            code, {"materials": rows, "note": form.get("note", "")}, token=user.token
        )
    except ProblemError as exc:
        return _failed(code, exc)
    return _done(code, f"所需材料已保存，当前为第 {item.version} 版")


@router.post("/admin/catalogue/{code}/level")
async def save_level(request: Request, user: Admin, code: str):
    form = await request.form()
    try:
        _client(request).set_handling_level(
            code,
            str(form.get("district", "370211")),
            str(form.get("level")),
            str(form.get("note", "")),
            token=user.token,
        )
    except ProblemError as exc:
        return _failed(code, exc)
    return _done(code, "办理层级已保存")


@router.post("/admin/parameters")
async def save_parameter(request: Request, user: Admin):
    from urllib.parse import quote

    form = await request.form()
    name = str(form.get("name", ""))
    try:
        _client(request).set_parameter(
            name,
            {
                "value": str(form.get("value", "")).strip(),
                "effective_from": form.get("effective_from"),
                "note": form.get("note", ""),
            },
            token=user.token,
        )
    except ProblemError as exc:
        return RedirectResponse(f"/admin/catalogue?message={quote('未保存：' + exc.detail)}", status_code=303)
    return RedirectResponse(
        f"/admin/catalogue?message={quote(f'参数 {name} 已保存（旧值保留在历史中）')}", status_code=303
    )

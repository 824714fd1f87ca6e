"""Payments and the roster (发放名册、在册、年审): the street's staff act, the district reads."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from services.common.errors import ProblemError
from services.common.export import CSV, XLSX
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Reader = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
ITEMS = {"urban_dibao": "城市低保", "tekun": "特困人员救助供养", "temporary_assistance": "临时救助"}
# 年审 findings name a rule's condition or fact (eligibility's 低保/特困 rules); shown to the clerk in words
FINDINGS = {
    "residency": "户籍",
    "income": "收入",
    "income_12m": "前12个月家庭可支配收入",
    "members": "家庭人口",
    "financial_assets": "家庭金融资产",
    "housing": "住房",
    "homes": "住房套数",
    "category": "人员类别",
    "work_ability": "劳动能力",
    "assets": "财产",
    "supporters": "赡养、抚养、扶养义务人",
    "record": "记录",
}
FINDING_RESULTS = {"failed": "不符合", "unknown": "无法判断", "missing": "缺少", "error": "有误"}


def _call(request: Request, user: WebUser, method: str, path: str, **kwargs):
    return request.app.state.transfer.request(method, path, token=user.token, **kwargs)


def _street(user: WebUser, value: str = "") -> str:
    return value or user.region


def _payments_page(request: Request, user: WebUser, street: str = "", **extra):
    street = _street(user, street)
    lists = _call(request, user, "GET", "/v1/disbursements", params={"street_region": street}).json()
    failed = _call(
        request, user, "GET", "/v1/payments", params={"street_region": street, "status": "failed"}
    ).json()
    waiting = [
        p
        for p in _call(
            request, user, "GET", "/v1/payments", params={"street_region": street, "status": "scheduled"}
        ).json()
        if not p["account"]
    ]
    context = {
        "lists": lists,
        "failed": failed,
        "waiting": waiting,
        "street": street,
        "items": ITEMS,
        **extra,
    }
    return render(request, "payments/lists.html", context, status_code=422 if extra.get("error") else 200)


@router.get("/payments")
def payments_page(request: Request, user: Reader, street_region: str = ""):
    return _payments_page(request, user, street_region)


@router.post("/payments")
def payments_action(
    request: Request,
    user: Reader,
    action: Annotated[str, Form()],
    item_code: Annotated[str, Form()] = "",
    month: Annotated[str, Form()] = "",
    list_id: Annotated[int, Form()] = 0,
    payment_id: Annotated[int, Form()] = 0,
    account: Annotated[str, Form()] = "",
):
    try:
        if action == "generate":
            body = {"street_region": user.region, "item_code": item_code, "month": month}
            created = _call(request, user, "POST", "/v1/disbursements", json=body).json()
            return RedirectResponse(f"/payments/lists/{created['id']}", status_code=303)
        if action == "lock":
            _call(request, user, "POST", f"/v1/disbursements/{list_id}/lock")
            return RedirectResponse(f"/payments/lists/{list_id}", status_code=303)
        if action == "correct":
            _call(request, user, "POST", f"/v1/payments/{payment_id}/correction", json={"account": account})
            return RedirectResponse("/payments", status_code=303)
        raise ProblemError("未知的操作")
    except ProblemError as exc:
        form = {"item_code": item_code, "month": month}
        return _payments_page(request, user, error=exc, form=form)


def _list_page(request: Request, user: WebUser, list_id: int, **extra):
    dl = _call(request, user, "GET", f"/v1/disbursements/{list_id}").json()
    context = {"dl": dl, "items": ITEMS, **extra}
    failed = extra.get("error") or extra.get("return_error")
    return render(request, "payments/list.html", context, status_code=422 if failed else 200)


@router.get("/payments/lists/{list_id}")
def list_page(request: Request, user: Reader, list_id: int):
    return _list_page(request, user, list_id)


@router.get("/payments/lists/{list_id}/bank-file")
def bank_file(request: Request, user: Reader, list_id: int, format: Literal["csv", "xlsx"] = "csv"):
    media = {"csv": CSV, "xlsx": XLSX}[format]
    answer = _call(request, user, "GET", f"/v1/disbursements/{list_id}/bank-file", headers={"Accept": media})
    return Response(
        answer.content,
        media_type=answer.headers.get("content-type", media),
        headers={"Content-Disposition": answer.headers.get("content-disposition", "attachment")},
    )


@router.post("/payments/lists/{list_id}/return-file")
async def return_file(request: Request, user: Reader, list_id: int, file: Annotated[UploadFile, File()]):
    raw = await file.read(5_000_001)
    try:
        _call(
            request,
            user,
            "POST",
            f"/v1/disbursements/{list_id}/return-file",
            content=raw,
            headers={"Content-Type": "text/csv"},
        )
    except ProblemError as exc:
        # shown as the service says it: the line and the file's own column name (reference, status, reason)
        return _list_page(request, user, list_id, return_error=exc.detail)
    return RedirectResponse(f"/payments/lists/{list_id}", status_code=303)


def _roster_page(request: Request, user: WebUser, street: str = "", **extra):
    street = _street(user, street)
    recipients = _call(request, user, "GET", "/v1/recipients", params={"street_region": street}).json()
    tasks = _call(request, user, "GET", "/v1/review-tasks", params={"street_region": street}).json()
    names = {r["id"]: r for r in recipients}
    context = {
        "recipients": recipients,
        "tasks": tasks,
        "names": names,
        "findings": FINDINGS,
        "finding_results": FINDING_RESULTS,
        "street": street,
        "items": ITEMS,
        **extra,
    }
    return render(request, "payments/roster.html", context, status_code=422 if extra.get("error") else 200)


@router.get("/roster")
def roster_page(request: Request, user: Reader, street_region: str = ""):
    return _roster_page(request, user, street_region)


@router.post("/roster")
def roster_action(
    request: Request,
    user: Reader,
    action: Annotated[str, Form()],
    slip_id: Annotated[int, Form()] = 0,
    account: Annotated[str, Form()] = "",
    amount: Annotated[str, Form()] = "",
    members: Annotated[str, Form()] = "",
    income_12m: Annotated[str, Form()] = "",
    financial_assets: Annotated[str, Form()] = "",
    homes: Annotated[str, Form()] = "",
    item_code: Annotated[str, Form()] = "urban_dibao",
    task_id: Annotated[int, Form()] = 0,
    decision: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
):
    facts = {
        k: v
        for k, v in {
            "members": members,
            "income_12m": income_12m,
            "financial_assets": financial_assets,
            "homes": homes,
        }.items()
        if v.strip()
    }
    try:
        if action == "enrol":
            body = {"slip_id": slip_id, "account": account, "facts": facts}
            if amount.strip():
                body["amount"] = amount.strip()
            _call(request, user, "POST", "/v1/recipients", json=body)
        elif action == "review":
            body = {"street_region": user.region, "item_code": item_code}
            counts = _call(request, user, "POST", "/v1/recipients/reviews", json=body).json()
            return _roster_page(request, user, notice=counts)
        elif action == "decide":
            body = {"decision": decision, "reason": reason}
            if decision == "adjust":
                body["amount"] = amount.strip()
            _call(request, user, "POST", f"/v1/review-tasks/{task_id}/decision", json=body)
        else:
            raise ProblemError("未知的操作")
    except ProblemError as exc:
        return _roster_page(request, user, error=exc, form={"slip_id": slip_id, "account": account})
    return RedirectResponse("/roster", status_code=303)

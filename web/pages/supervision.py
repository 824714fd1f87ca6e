"""Supervision pages (issue 9): department timeliness with its chart, chosen 催办/督办, downloads of every
list, the half-monthly / monthly report, and the read audit."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from services.common.clock import get_clock
from services.common.errors import Invalid, ProblemError
from services.common.export import MEDIA, export_response
from services.intake.audit.schemas import ReadAuditPage
from services.intake.audit.service import ACTIONS
from services.intake.people.periodic import HEADER as REPORT_HEADER
from services.intake.people.periodic import PeriodReport
from services.intake.people.periodic import rows as report_rows
from services.transfer.actions.schemas import ActionPublic
from services.transfer.statistics.period import PeriodSlips
from services.transfer.statistics.schemas import TimelinessReport
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Reader = Annotated[WebUser, Depends(require_roles("supervisor", "admin", "window_staff"))]
Supervisor = Annotated[WebUser, Depends(require_roles("supervisor", "admin"))]
Clerk = Annotated[WebUser, Depends(require_roles("window_staff", "department_staff", "supervisor", "admin"))]
LEVELS = {"reminder": "催办", "supervision": "督办"}

# what each download button asks for: (service, path, the list's own filters)
EXPORTS = {
    "ledger": (
        "intake",
        "/v1/applications",
        ("region", "status", "item_code", "date_from", "date_to", "overdue", "first_responder", "q"),
    ),
    "complaints": ("intake", "/v1/complaints", ("status",)),
    "ratings": ("intake", "/v1/ratings/report", ()),
    "statistics": ("intake", "/v1/statistics", ("year",)),
    "report": ("intake", "/v1/reports/periodic", ("period", "region")),
    "slips": (
        "transfer",
        "/v1/slips",
        ("kind", "receiver", "state", "overdue", "near_due", "region", "case_id"),
    ),
    "departments": (
        "transfer",
        "/v1/statistics/departments",
        ("month_from", "month_to", "region", "department_id", "by_month"),
    ),
}


def _params(request: Request, names) -> dict:
    return {k: v for k in names if (v := request.query_params.get(k)) not in (None, "")}


@router.get("/exports/{what}")
def download(request: Request, what: str, user: Clerk, format: str = "csv"):
    """The owning service's CSV/XLSX of a list, with the page's filters (the service audits it)."""
    if what not in EXPORTS or format not in MEDIA:
        raise Invalid("未知的导出", field="what" if what not in EXPORTS else "format")
    service, path, names = EXPORTS[what]
    answer = getattr(request.app.state, service).request(
        "GET", path, params=_params(request, names), headers={"accept": MEDIA[format]}, token=user.token
    )
    keep = {k: v for k, v in answer.headers.items() if k in ("content-type", "content-disposition")}
    return Response(answer.content, headers=keep)


@router.get("/supervision/departments")
def timeliness(
    request: Request,
    user: Reader,
    month_from: str = "",
    month_to: str = "",
    region: str = "",
    by_month: str = "",
):
    filters = _params(request, ("month_from", "month_to", "region", "by_month"))
    report = request.app.state.transfer.get_json(
        "/v1/statistics/departments", TimelinessReport, params=filters, token=user.token
    )
    return render(request, "supervision/departments.html", {"report": report, "filters": filters})


@router.post("/supervision/act")
def act(
    request: Request,
    user: Supervisor,
    target: Annotated[str, Form(pattern=r"^(slip|case):\d{1,10}$")],
    level: Annotated[str, Form(pattern="^(reminder|supervision)$")],
    note: Annotated[str, Form(min_length=2, max_length=500)],
    back: Annotated[str, Form(pattern=r"^/[A-Za-z0-9/_\-]*$")] = "/supervision",
):
    """催办/督办 on the chosen slip or case; back to the page it came from with what was done."""
    kind, number = target.split(":")
    path = f"/v1/{'slips' if kind == 'slip' else 'cases'}/{number}/supervision"
    transfer = request.app.state.transfer
    try:
        done = transfer.post_json(
            path, ActionPublic | list[ActionPublic], {"level": level, "note": note}, token=user.token
        )
        count = len(done) if isinstance(done, list) else 1
        message = f"已{LEVELS[level]} {count} 张通知单，并通知承办部门"
    except ProblemError as exc:
        message = f"未能{LEVELS[level]}：{exc.detail}"
    return RedirectResponse(f"{back}?message={message}", status_code=303)


@router.get("/supervision/actions")
def actions(request: Request, user: Reader):
    done = request.app.state.transfer.get_json(
        "/v1/supervision/actions", list[ActionPublic], token=user.token
    )
    return render(request, "supervision/actions.html", {"actions": done})


@router.get("/reports")
def report(request: Request, user: Reader, period: str = "", region: str = ""):
    """半月报告 / 每月报送: the intake part and the transfer part of one period, printable on A4."""
    period = period or f"{get_clock(request).today():%Y-%m}"
    params = {"period": period} | ({"region": region} if region else {})
    cases = request.app.state.intake.get_json(
        "/v1/reports/periodic", PeriodReport, params=params, token=user.token
    )
    slips = request.app.state.transfer.get_json(
        "/v1/statistics/period",
        PeriodSlips,
        params={"date_from": cases.date_from, "date_to": cases.date_to, "region": cases.region},
        token=user.token,
    )
    return render(request, "supervision/report.html", {"cases": cases, "slips": slips, "period": period})


@router.get("/reports/download")
def report_download(request: Request, user: Reader, period: str, region: str = "", format: str = "xlsx"):
    """The whole report (cases, slips, money) as one sheet."""
    if format not in MEDIA:
        raise Invalid("未知的导出格式", field="format")
    params = {"period": period} | ({"region": region} if region else {})
    cases = request.app.state.intake.get_json(
        "/v1/reports/periodic", PeriodReport, params=params, token=user.token
    )
    slips = request.app.state.transfer.get_json(
        "/v1/statistics/period",
        PeriodSlips,
        params={"date_from": cases.date_from, "date_to": cases.date_to, "region": cases.region},
        token=user.token,
    )
    lines = list(report_rows(cases))
    head = [cases.title, cases.region_name, ""]
    lines.append(
        head
        + [
            "通知单：出具 / 按时意见 / 意见到期 / 已反馈",
            slips.slips_issued,
            slips.answered_within_limit,
            slips.opinion_due,
            slips.feedback_given,
        ]
    )
    lines.append(head + ["通知单：退回 / 期末逾期", slips.returns, slips.overdue, None, None])
    lines.append(
        head
        + [
            "救助：发放笔数 / 金额（元） / 先行救助（元）",
            slips.grants,
            slips.grants_amount,
            slips.emergency_aid_amount,
            None,
        ]
    )
    name = f"{cases.region_name}{cases.title}报告"
    return export_response(format, filename=name, header=REPORT_HEADER, rows=lambda: lines, title="定期报告")


@router.get("/audit")
def audit(
    request: Request,
    user: Supervisor,
    id_number: str = "",
    phone: str = "",
    case_number: str = "",
    actor: str = "",
    action: str = "",
    date_from: str = "",
    date_to: str = "",
):
    filters = _params(
        request, ("id_number", "phone", "case_number", "actor", "action", "date_from", "date_to")
    )
    page = request.app.state.intake.get_json(
        "/v1/audit/reads", ReadAuditPage, params=filters, token=user.token
    )
    shown = {k: v for k, v in filters.items() if k != "id_number"}  # the full number is not echoed back
    return render(request, "supervision/audit.html", {"page": page, "filters": shown, "actions": ACTIONS})

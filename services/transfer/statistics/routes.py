"""GET /v1/statistics/departments: department timeliness (JSON, CSV or XLSX)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, Unauthorized, problem_responses
from services.common.export import EXPORT_RESPONSES, export_response, wanted
from services.transfer.deps import CtxDep
from services.transfer.statistics import service
from services.transfer.statistics.period import PeriodSlips, period_slips
from services.transfer.statistics.schemas import TimelinessReport

router = APIRouter(prefix="/v1/statistics", tags=["statistics"])
Reader = Annotated[Principal, Depends(require("supervisor", "admin", "window_staff"))]
MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"
HEADER = [
    "部门编号",
    "部门",
    "类型",
    "区域",
    "月份",
    "收到",
    "已到期",
    "按时给出意见",
    "按时率",
    "意见中位工作日",
    "结果中位工作日",
    "反馈中位工作日",
    "退回",
    "当前逾期",
]


@router.get(
    "/departments",
    response_model=TimelinessReport,
    summary="部门办理时效（按月；可导出 CSV / XLSX）",
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXPORT_RESPONSES,
)
def departments(
    request: Request,
    session: SessionDep,
    ctx: CtxDep,
    principal: Reader,
    month_from: Annotated[str | None, Query(pattern=MONTH, description="起始月份 YYYY-MM，缺省本月")] = None,
    month_to: Annotated[
        str | None, Query(pattern=MONTH, description="截止月份 YYYY-MM，缺省同起始月")
    ] = None,
    region: Annotated[
        str | None, Query(pattern=r"^\d{6}(\d{3})?$", description="区域代码（本人辖区内）")
    ] = None,
    department_id: Annotated[str | None, Query(max_length=64, description="只看一个部门")] = None,
    by_month: Annotated[bool, Query(description="按月分列")] = False,
):
    """监督人员、系统管理员、窗口工作人员（本辖区：街道只见本街道发出、收到或所属案件的通知单，区级见全部）。

    每个承办部门和社会组织：收到的通知单、3个工作日内给出办理意见的条数与比例、收到至意见/结果/反馈的工作日中位数、
    退回数、当前逾期数；按出具日期（北京时间）归月。`Accept: text/csv` 或 XLSX 时导出同一结果。"""
    report = service.timeliness(
        session=session,
        calendar=ctx.calendar,
        principal=principal,
        today=ctx.clock.today(),
        month_from=month_from,
        month_to=month_to,
        region=region,
        department_id=department_id,
        by_month=by_month,
    )
    if fmt := wanted(request):
        rows = [
            [r.department_id, r.name, r.type, r.region, r.month or f"{report.month_from}—{report.month_to}"]
            + [r.received, r.due_so_far, r.answered_within_limit, r.answered_within_limit_share]
            + [r.median_days_to_opinion, r.median_days_to_result, r.median_days_to_feedback]
            + [r.returns, r.overdue]
            for r in report.rows
        ]
        name = f"部门办理时效{report.month_from}至{report.month_to}"
        return export_response(fmt, filename=name, header=HEADER, rows=lambda: rows, title="部门办理时效")
    return report


@router.get(
    "/period",
    response_model=PeriodSlips,
    summary="报告期内的通知单时效与救助金额（半月报告、每月报送）",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
)
def period(
    session: SessionDep,
    ctx: CtxDep,
    principal: Reader,
    date_from: date,
    date_to: date,
    region: Annotated[
        str | None, Query(pattern=r"^\d{6}(\d{3})?$", description="区域代码（本人辖区内）")
    ] = None,
) -> PeriodSlips:
    """监督人员、系统管理员、窗口工作人员（本辖区）。报告期内出具的通知单：按时给出意见、反馈、退回、期末逾期；
    本期发放笔数与金额、先行救助金额（元）。受理服务 `GET /v1/reports/periodic` 是同一报告的案件部分。"""
    if date_to < date_from:
        raise Invalid("date_to 早于 date_from", field="date_to")
    if (date_to - date_from).days > 366:
        raise Invalid("报告期最长一年", field="date_to")
    for field, day in (("date_from", date_from), ("date_to", date_to)):
        if day.year not in service.YEARS:
            raise Invalid(f"{field} 须在 {service.YEARS.start}—{service.YEARS.stop - 1} 年之间", field=field)
    return period_slips(
        session=session,
        principal=principal,
        date_from=date_from,
        date_to=date_to,
        today=ctx.clock.today(),
        region=region,
    )

"""Public progress, rating and complaint; the complaint ledger, rating report and statistics for staff."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep, get_clock
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    TooManyRequests,
    Unauthorized,
    problem_responses,
)
from services.common.export import EXPORT_RESPONSES, export_response, filters_text, wanted
from services.common.proxies import caller_address
from services.common.vocabulary import Role
from services.intake.audit import service as read_audit
from services.intake.audit.routes import AuditSecret
from services.intake.deps import CalendarDep, DbId
from services.intake.people import exports, service
from services.intake.people import periodic as periodic_report
from services.intake.people.schemas import (
    ComplaintAssign,
    ComplaintCreate,
    ComplaintPublic,
    ComplaintReceipt,
    ComplaintReply,
    ComplaintStatus,
    ProgressPublic,
    RatingCreate,
    RatingReceipt,
    RatingReport,
    StatisticsPublic,
)
from services.intake.text import Text

public_router = APIRouter(prefix="/v1/public", tags=["public"])
router = APIRouter()  # staff routes; each names its tag (complaints, reports)
Staff = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Supervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR, Role.ADMIN))]
PUBLIC = "调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。"
STAFF = "调用方：窗口工作人员、监督人员、管理员，仅限各自区域。"


def _client(request: Request) -> str:
    """Whom to rate-limit: the browser's address as the web front reports it, else the caller's own
    (X-Forwarded-For only from a Yimen service or a trusted proxy)."""
    return caller_address(request)


def _limit_complaints(request: Request) -> None:
    """Anonymous complaints are counted per address (own transaction) and limited like progress queries."""
    service.limit_public_complaints(
        db=request.app.state.db, client=_client(request), now=get_clock(request).now()
    )


@public_router.get(
    "/progress",
    responses=problem_responses(NotFound, Invalid, TooManyRequests),
    summary="办理进度查询（公众）",
    description=f"{PUBLIC}\n\n凭案件编号和申请人身份证号后6位查询状态和期限，不返回其他个人信息；"
    "同一地址或同一案件连续查错将被限制15分钟（429，带 Retry-After）。",
)
def get_progress(
    request: Request,
    case_number: Annotated[Text, Query(min_length=5, max_length=40, examples=["HD-2026-00001"])],
    id_last6: Annotated[str, Query(pattern=r"^[0-9]{5}[0-9Xx]$", examples=["120114"])],
) -> ProgressPublic:
    return service.progress(
        db=request.app.state.db, client=_client(request), case_number=case_number, id_last6=id_last6
    )


@public_router.post(
    "/ratings",
    status_code=201,
    responses=problem_responses(NotFound, Conflict, Invalid, TooManyRequests),
    summary="好差评（公众，每个办结案件一次）",
    description=f"{PUBLIC}\n\n办结的案件凭案件编号和身份证号后6位评价一次（1—5级），计入受理窗口和首问责任人；"
    "未办结或已评价过 409。",
)
def rate(body: RatingCreate, request: Request) -> RatingReceipt:
    return service.rate(
        db=request.app.state.db,
        client=_client(request),
        case_number=body.case_number,
        id_last6=body.id_last6,
        level=body.level,
        comment=body.comment,
    )


@public_router.post(
    "/complaints",
    status_code=201,
    responses=problem_responses(Invalid, TooManyRequests),
    summary="找茬投诉（网上）",
    description=f"{PUBLIC}\n\n对某个窗口的投诉，编号登记并给出5个工作日的答复期限；同一地址提交过多将被限制（429）。",
    dependencies=[Depends(_limit_complaints)],
)
def complain(
    body: ComplaintCreate, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> ComplaintReceipt:
    row = service.file_complaint(
        session=session, calendar=calendar, body=body, channel="online", today=clock.today()
    )
    return ComplaintReceipt(number=row.number, due_date=row.due_date)


@router.post(
    "/v1/complaints",
    status_code=201,
    tags=["complaints"],
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="登记窗口投诉",
    description=f"{STAFF}\n\n把当面或电话收到的投诉登记入台账（记录登记人），答复期限5个工作日。",
)
def record(
    body: ComplaintCreate, principal: Staff, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> ComplaintPublic:
    row = service.file_complaint(
        session=session,
        calendar=calendar,
        body=body,
        channel="window",
        today=clock.today(),
        principal=principal,
    )
    return service.complaint_public(row, clock.today())


@router.get(
    "/v1/complaints",
    tags=["complaints"],
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXPORT_RESPONSES,
    summary="投诉台账",
    description=f"{STAFF}\n\n本区域的投诉，新的在前，可按状态（open 待答复 / replied 已答复）筛选；逾期未答复的标出。`Accept: text/csv` 或 XLSX 时导出（记入访问记录）。",
)
def ledger(
    request: Request,
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    secret: AuditSecret,
    status: ComplaintStatus | None = None,
) -> list[ComplaintPublic]:
    rows = service.complaints(session=session, principal=principal, today=clock.today(), status=status)
    if fmt := wanted(request):
        _exported(session, principal, secret, "complaints_export", {"status": status}, len(rows))
        return export_response(
            fmt,
            filename="投诉台账",
            header=exports.COMPLAINT_HEADER,
            rows=lambda: exports.complaint_rows(rows),
        )
    return rows


@router.post(
    "/v1/complaints/{complaint_id}/assign",
    tags=["complaints"],
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid),
    summary="指定承办人",
    description="调用方：监督人员、管理员（各自区域）。为待答复的投诉指定承办人；已答复 409。",
)
def assign(
    complaint_id: DbId, body: ComplaintAssign, principal: Supervisor, session: SessionDep, clock: ClockDep
) -> ComplaintPublic:
    row = service.get_complaint(session=session, principal=principal, complaint_id=complaint_id)
    return service.complaint_public(
        service.assign_complaint(session=session, row=row, handler=body.handler), clock.today()
    )


@router.post(
    "/v1/complaints/{complaint_id}/reply",
    tags=["complaints"],
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid),
    summary="答复投诉",
    description=f"{STAFF}\n\n答复投诉并结案（记录答复人和时间）；已答复 409。",
)
def reply(
    complaint_id: DbId, body: ComplaintReply, principal: Staff, session: SessionDep, clock: ClockDep
) -> ComplaintPublic:
    row = service.get_complaint(session=session, principal=principal, complaint_id=complaint_id)
    return service.complaint_public(
        service.reply_complaint(session=session, row=row, principal=principal, reply=body.reply),
        clock.today(),
    )


@router.get(
    "/v1/ratings/report",
    tags=["reports"],
    responses=problem_responses(Unauthorized, Forbidden) | EXPORT_RESPONSES,
    summary="好差评统计（按窗口、按工作人员）",
    description=f"{STAFF}\n\n好差评条数、平均分和各等级条数，按受理窗口和首问责任人汇总。可导出 CSV / XLSX。",
)
def ratings(request: Request, principal: Staff, session: SessionDep, secret: AuditSecret) -> RatingReport:
    report = service.rating_report(session=session, principal=principal)
    if fmt := wanted(request):
        count = len(report.by_window) + len(report.by_staff)
        _exported(session, principal, secret, "ratings_export", {}, count)
        return export_response(
            fmt, filename="好差评统计", header=exports.RATING_HEADER, rows=lambda: exports.rating_rows(report)
        )
    return report


@router.get(
    "/v1/statistics",
    tags=["reports"],
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXPORT_RESPONSES,
    summary="按镇街、事项、月份统计",
    description=f"{STAFF}\n\n某年（默认今年）登记的案件数，按受理镇街（含受理、办结、逾期数）、事项和月份统计。可导出 CSV / XLSX。",
)
def statistics(
    request: Request,
    clock: ClockDep,
    principal: Staff,
    session: SessionDep,
    secret: AuditSecret,
    year: int | None = Query(default=None, ge=2000, le=2100),
) -> StatisticsPublic:
    stats = service.statistics(
        session=session, principal=principal, year=year or clock.today().year, today=clock.today()
    )
    if fmt := wanted(request):
        rows = list(exports.statistics_rows(stats))
        _exported(session, principal, secret, "statistics_export", {"year": stats.year}, len(rows))
        return export_response(
            fmt, filename=f"案件统计{stats.year}", header=exports.STATISTICS_HEADER, rows=lambda: rows
        )
    return stats


def _exported(session, principal: Principal, secret: str, action: str, filters: dict, count: int) -> None:
    """Every export goes to the read audit with its filters and row count."""
    read_audit.record(
        session=session,
        principal=principal,
        action=action,
        filters=filters_text(filters),
        row_count=count,
        secret=secret,
    )


@router.get(
    "/v1/reports/periodic",
    tags=["reports"],
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXPORT_RESPONSES,
    summary="半月报告、每月报送（按街道或全区）",
    description=f"{STAFF}\n\n`period` 为 YYYY-MM（月报）或 YYYY-MM-H1 / H2（上、下半月，1—15日、16日—月末）。"
    "本期登记、受理、办结和期末逾期的案件（按事项），投诉和好差评；街道只见本街道，区级可按 `region` 看某街道。"
    "通知单时效和救助金额见转办服务 `GET /v1/statistics/period`。可导出 CSV / XLSX。",
)
def periodic(
    request: Request,
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    secret: AuditSecret,
    period: Annotated[str, Query(pattern=periodic_report.PERIOD, examples=["2026-11-H1"])],
    region: Annotated[str | None, Query(pattern=r"^\d{6}(\d{3})?$")] = None,
) -> periodic_report.PeriodReport:
    report = periodic_report.report(
        session=session, principal=principal, period=period, today=clock.today(), region=region
    )
    if fmt := wanted(request):
        lines = list(periodic_report.rows(report))
        _exported(
            session, principal, secret, "report_export", {"period": period, "region": region}, len(lines)
        )
        name = f"{report.region_name}{report.title}报告"
        return export_response(fmt, filename=name, header=periodic_report.HEADER, rows=lambda: lines)
    return report

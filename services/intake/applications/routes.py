"""Applications API: register, the case, the ledger, status changes, the duplicate-aid check."""

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Query, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.common.export import EXPORT_RESPONSES, export_response, wanted
from services.common.vocabulary import ApplicationStatus, Role
from services.intake.applications import ledger as ledger_lists
from services.intake.applications import service, views
from services.intake.applications.schemas import (
    ApplicationCreate,
    ApplicationPublic,
    DataAccessPublic,
    DuplicateCheck,
    DuplicateCheckResult,
    ItemsUpdate,
    LedgerPage,
    NotAccept,
    RegistrationPublic,
    StatusReason,
)
from services.intake.archive.service import archive as archive_case
from services.intake.audit.routes import AuditSecret
from services.intake.deps import MAX_ID, CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.text import Text

router = APIRouter(prefix="/v1/applications", tags=["applications"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
Reader = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Supervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR, Role.ADMIN))]
CASE_ERRORS = problem_responses(Unauthorized, Forbidden, NotFound)
CHANGE_ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
WINDOW_ONLY = "调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。"
READERS = "调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。"
AFTER = "返回变更后的完整案件（同“案件详情”）。"


@router.post(
    "",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, Conflict, Invalid, ServiceUnavailable),
    summary="登记申请（窗口无否决权）",
    description=f"{WINDOW_ONLY}\n\n任一窗口登记困难群众的求助，永不拒收：事项不清楚时可选“不清楚”由窗口推荐；"
    "救助事项目录暂不可用时照常登记、事项待恢复后确认。同一家庭已有相同或互斥事项的案件或发放记录时返回 409"
    "（`findings` 列出），经办人填写 `duplicate_acknowledgement` 后可继续。"
    "带 `Idempotency-Key` 时同键同内容返回同一结果，同键不同内容 422。",
)
def register(
    body: ApplicationCreate,
    principal: Window,
    session: SessionDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)] = None,
) -> RegistrationPublic:
    # no CalendarDep: its query would open the transaction before the calls to eligibility and transfer
    return service.register(
        session=session,
        principal=principal,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=clock.today(),
        idempotency_key=idempotency_key,
    )


@router.post(
    "/duplicate-check",
    responses=problem_responses(Unauthorized, Forbidden, Invalid, ServiceUnavailable),
    summary="重复救助核查",
    description=f"{WINDOW_ONLY}\n\n登记前核查：同一家庭（任一成员身份证号）是否已有相同或互斥事项的在办或近一年案件、"
    "本年度救助发放记录。只查不登记；发放记录查不到时 `grant_check_incomplete` 为真。每个身份证号的核查记入访问记录。",
)
def check_duplicates(
    body: DuplicateCheck,
    principal: Window,
    session: SessionDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
    secret: AuditSecret,
) -> DuplicateCheckResult:
    return service.check_duplicates(
        session=session,
        eligibility=eligibility,
        transfer=transfer,
        id_numbers=body.id_numbers,
        item_codes=body.item_codes,
        today=clock.today(),
        principal=principal,
        audit_secret=secret,
    )


@router.get(
    "",
    responses=problem_responses(Unauthorized, Forbidden, Invalid) | EXPORT_RESPONSES,
    summary="案件台账（可导出 CSV / XLSX）",
    description=f"{READERS}\n\n按区域、状态、事项、登记日期、是否逾期、首问责任人筛选，`q` 为案件编号或申请人姓名的一部分、"
    "完整身份证号（申请人或家庭成员，15位自动升为18位）或电话号码；新案在前，分页返回（`page` 或游标 `before_id`，深页用游标），每行带剩余工作日和逾期、临期标记。"
    "`Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部案件（不分页）。每次列表、查询和导出记入访问记录（条件和行数）。",
)
def ledger(
    request: Request,
    principal: Reader,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    secret: AuditSecret,
    region: Annotated[Text | None, Query(description="区或镇街代码（须在本人区域内）")] = None,
    status: ApplicationStatus | None = None,
    item_code: Text | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    overdue: bool | None = None,
    first_responder: Annotated[Text | None, Query(description="首问责任人用户名")] = None,
    q: Annotated[
        Text | None, Query(max_length=64, description="案件编号或姓名的一部分、完整身份证号或电话")
    ] = None,
    page: int = Query(default=1, ge=1, le=100_000),
    page_size: int = Query(default=20, ge=1, le=200),
    before_id: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_ID,
            description="游标：只列编号小于它的案件（上一页返回的 `next_before_id`），翻到多深都一样快；"
            "给出时 `page` 只作页码显示",
        ),
    ] = None,
) -> LedgerPage:
    filters = dict(
        region=region,
        status=status,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        first_responder=first_responder,
        q=q,
    )
    if fmt := wanted(request):
        rows = ledger_lists.export(
            session=session,
            db=request.app.state.db,
            calendar=calendar,
            principal=principal,
            today=clock.today(),
            secret=secret,
            filters=filters,
        )
        return export_response(
            fmt, filename="案件台账", header=ledger_lists.EXPORT_HEADER, rows=rows, title="台账"
        )
    result = ledger_lists.page(
        session=session,
        calendar=calendar,
        principal=principal,
        today=clock.today(),
        page=page,
        page_size=page_size,
        before_id=before_id,
        **filters,
    )
    ledger_lists.record_listing(
        session=session,
        principal=principal,
        secret=secret,
        filters=filters | {"page": page, "before_id": before_id},
        row_count=len(result.rows),
        export=False,
    )
    return result


@router.get(
    "/{application_id}",
    responses=CASE_ERRORS,
    summary="案件详情（含时间线、期限、通知单）",
    description=f"{READERS}\n\n案件的全部事实：申请人与家庭成员、事项、期限及计算依据、一次性告知清单、补正、暂停与延期、"
    "状态记录、时间线、转办通知单。每次读取记入个人信息访问记录；为打印告知书、回执而读取时带 `purpose=print`，记为打印。",
)
def get(
    application_id: DbId,
    principal: Reader,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    purpose: Annotated[Literal["read", "print"], Query(description="read 查看；print 打印")] = "read",
) -> ApplicationPublic:
    app = service.get_visible(session=session, principal=principal, application_id=application_id)
    service.log_access(session, app, principal, purpose)
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.get(
    "/{application_id}/access-log",
    responses=CASE_ERRORS,
    summary="个人信息访问记录",
    description="调用方：监督人员、管理员（各自区域）。谁在何时以何种操作读取或修改了本案的个人信息，按时间先后。",
)
def access_log(application_id: DbId, principal: Supervisor, session: SessionDep) -> list[DataAccessPublic]:
    app = service.get_visible(session=session, principal=principal, application_id=application_id)
    return views.access_log(session=session, app=app)


@router.put(
    "/{application_id}/items",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid, ServiceUnavailable),
    summary="确定申请事项（“不清楚”之后）",
    description=f"{WINDOW_ONLY}\n\n登记时选了“不清楚”或目录不可用时，受理前确定申请事项（按目录核对），重算期限。{AFTER}",
)
def set_items(
    application_id: DbId,
    body: ItemsUpdate,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.set_items(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        item_codes=body.item_codes,
        eligibility=eligibility,
        today=clock.today(),
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/withdraw",
    responses=CHANGE_ERRORS,
    summary="申请人撤回",
    description=f"{WINDOW_ONLY}\n\n办结前申请人撤回申请，须写明原因；已办结、不予受理或已撤回的案件 409。{AFTER}",
)
def withdraw(
    application_id: DbId,
    body: StatusReason,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.withdraw(session=session, app=app, principal=principal, reason=body.reason)
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/not-accept",
    responses=CHANGE_ERRORS,
    summary="不予受理（须写明法定理由）",
    description=f"{WINDOW_ONLY}\n\n受理前作出不予受理决定，须写明理由和法律依据（可打印不予受理告知书）；"
    f"已受理的案件 409。{AFTER}",
)
def not_accept(
    application_id: DbId,
    body: NotAccept,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.not_accept(
        session=session, app=app, principal=principal, reason=body.reason, legal_basis=body.legal_basis
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/archive",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict),
    summary="归档",
    description=f"{WINDOW_ONLY}\n\n已办结、不予受理或已撤回的案件资料归档（同 `POST /v1/archive/cases/{{id}}/archive`：受理过的案件须清单材料均有扫描件，编档案号）；其他状态 409。{AFTER}",
)
def archive(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    archive_case(session=session, principal=principal, app=app, eligibility=eligibility, now=clock.now())
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())

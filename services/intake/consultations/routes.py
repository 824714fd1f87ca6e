"""Consultation register API (来访登记): record, list, search, export, follow up, count, convert to an application."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

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
from services.common.vocabulary import ConsultationChannel, ConsultationStatus, Role
from services.intake.applications.schemas import ApplicationCreate, RegistrationPublic
from services.intake.consultations import service
from services.intake.consultations.schemas import (
    ApplicationDraft,
    ConsultationCreate,
    ConsultationPage,
    ConsultationPublic,
    ConsultationStatistics,
    FollowUp,
)
from services.intake.deps import CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.text import Text

router = APIRouter(prefix="/v1/consultations", tags=["consultations"])
Recorder = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.DEPARTMENT_STAFF))]
Reader = Annotated[
    Principal, Depends(require(Role.WINDOW_STAFF, Role.DEPARTMENT_STAFF, Role.SUPERVISOR, Role.ADMIN))
]
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
READERS = "调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。"
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound)


class Filters:
    """The register's filters, shared by the list, the export and nothing else."""

    def __init__(
        self,
        region: Annotated[Text | None, Query(description="区或镇街代码（须在本人区域内）")] = None,
        channel: ConsultationChannel | None = None,
        status: ConsultationStatus | None = None,
        staff: Annotated[Text | None, Query(max_length=64, description="首问责任人用户名")] = None,
        item_code: Annotated[Text | None, Query(max_length=64)] = None,
        date_from: date | None = None,
        date_to: date | None = None,
        overdue: Annotated[bool | None, Query(description="只看回访逾期（true）或未逾期（false）")] = None,
        q: Annotated[
            Text | None, Query(max_length=100, description="搜索姓名、联系方式、事项、编号、答复")
        ] = None,
    ):
        self.values = dict(
            region=region,
            channel=channel,
            status=status,
            staff=staff,
            item_code=item_code,
            date_from=date_from,
            date_to=date_to,
            overdue=overdue,
            q=q,
        )


FiltersDep = Annotated[Filters, Depends()]


@router.post(
    "",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, ServiceUnavailable),
    summary="来访登记（首问负责）",
    description="调用方：窗口工作人员、部门经办人。登记每一次来访、来电或网上咨询（无论是否申请）："
    "来访人、联系方式、时间、方式、咨询事项、答复或一次性告知（关联事项目录）；登录账号即首问责任人；"
    "填写 `follow_up_days` 时按工作日算出回访期限。",
)
def record(
    body: ConsultationCreate,
    principal: Recorder,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> ConsultationPublic:
    row = service.record(
        session=session,
        calendar=calendar,
        principal=principal,
        body=body,
        eligibility=eligibility,
        now=clock.now(),
    )
    return service.public(row, clock.today())


@router.get(
    "",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="来访登记台账",
    description=f"{READERS}\n\n按区域、方式、状态、首问责任人、事项、日期、回访逾期筛选，`q` 搜索；新的在前，分页；"
    "联系方式脱敏。",
)
def register_page(
    principal: Reader,
    session: SessionDep,
    clock: ClockDep,
    filters: FiltersDep,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ConsultationPage:
    return service.register_page(
        session=session,
        principal=principal,
        today=clock.today(),
        page=page,
        page_size=page_size,
        **filters.values,
    )


@router.get(
    "/export.csv",
    responses={
        200: {
            "content": {"text/csv": {"schema": {"type": "string", "description": "CSV 文本，首行为表头"}}},
            "description": "来访登记台账 CSV（UTF-8，联系方式脱敏）",
        },
        **problem_responses(Unauthorized, Forbidden, Invalid),
    },
    response_class=Response,
    summary="导出来访登记台账（CSV）",
    description=f"{READERS}\n\n与台账相同的筛选条件，最多 10000 行。",
)
def export(principal: Reader, session: SessionDep, clock: ClockDep, filters: FiltersDep) -> Response:
    text = service.export_csv(session=session, principal=principal, today=clock.today(), **filters.values)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="consultations.csv"'},
    )


@router.get(
    "/statistics",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="来访登记统计",
    description=f"{READERS}\n\n某年（默认今年）的来访、来电、网上咨询数，按方式、区域、首问责任人、月份统计，"
    "含转为申请数和待回访、回访逾期数。",
)
def statistics(
    principal: Reader,
    session: SessionDep,
    clock: ClockDep,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
) -> ConsultationStatistics:
    return service.statistics(
        session=session, principal=principal, year=year or clock.today().year, today=clock.today()
    )


@router.get(
    "/{consultation_id}",
    responses=ERRORS,
    summary="来访登记详情",
    description=f"{READERS}\n\n完整记录（含联系方式和身份证号），每次查看留痕。",
)
def detail(
    consultation_id: DbId, principal: Reader, session: SessionDep, clock: ClockDep
) -> ConsultationPublic:
    row = service.get(session=session, principal=principal, consultation_id=consultation_id)
    return service.public(row, clock.today())


@router.post(
    "/{consultation_id}/follow-up",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid),
    summary="登记回访结果",
    description="调用方：窗口工作人员、部门经办人（本区域）。待回访的登记记下回访结果；其他状态 409。",
)
def follow_up(
    consultation_id: DbId, body: FollowUp, principal: Recorder, session: SessionDep, clock: ClockDep
) -> ConsultationPublic:
    row = service.get(
        session=session, principal=principal, consultation_id=consultation_id, action="follow_up"
    )
    row = service.follow_up(session=session, row=row, principal=principal, note=body.note, now=clock.now())
    return service.public(row, clock.today())


@router.get(
    "/{consultation_id}/application-draft",
    responses=ERRORS,
    summary="来访转为申请：预填的申请",
    description="调用方：窗口工作人员（本区域）。按来访登记预填的登记申请内容（与 `POST /v1/applications` 同形），"
    "`missing` 列出还须向申请人询问的字段。",
)
def application_draft(consultation_id: DbId, principal: Window, session: SessionDep) -> ApplicationDraft:
    row = service.get(session=session, principal=principal, consultation_id=consultation_id, action="draft")
    return service.draft(row=row)


@router.post(
    "/{consultation_id}/application",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid, ServiceUnavailable),
    summary="来访转为申请（一键登记并关联）",
    description="调用方：窗口工作人员（本区域）。以补全后的申请内容登记申请（规则同 `POST /v1/applications`），"
    "并把来访登记关联到新案件；已转过 409。",
)
def convert(
    consultation_id: DbId,
    body: ApplicationCreate,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
) -> RegistrationPublic:
    row = service.get(session=session, principal=principal, consultation_id=consultation_id, action="convert")
    return service.convert(
        session=session,
        calendar=calendar,
        principal=principal,
        row=row,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=clock.today(),
    )

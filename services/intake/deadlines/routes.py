"""Deadline actions on a case (pause, resume, extend) and the working-day calendar."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import STAFF_ROLES, Role
from services.intake.applications import views
from services.intake.applications.schemas import ApplicationPublic
from services.intake.applications.service import get_visible, log_access
from services.intake.deadlines import service
from services.intake.deadlines.schemas import (
    CalendarNoticePublic,
    CalendarYearPublic,
    DueDatePublic,
    ExtendRequest,
    NoticeUpload,
    NoticeUploadResult,
    PauseRequest,
    RecomputationPublic,
    ResumeRequest,
)
from services.intake.deps import CalendarDep, DbId

router = APIRouter(prefix="/v1/applications", tags=["deadlines"])
calendar_router = APIRouter(prefix="/v1/calendar", tags=["calendar"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
Anyone = Annotated[Principal, Depends(require(*STAFF_ROLES))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
WINDOW_ONLY = "调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。"
STAFF = "调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。"


@router.post(
    "/{application_id}/pause",
    responses=ERRORS,
    summary="暂停计时（申请人原因 / 上报上级）",
    description=f"{WINDOW_ONLY}\n\n已受理、办理中的案件停止计时：申请人原因的延误，或上报件在上级审批的时间；"
    "暂停的工作日不计入办结期限。已在暂停中 409。返回变更后的完整案件。",
)
def pause(
    application_id: DbId,
    body: PauseRequest,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.pause(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        kind=body.kind,
        reason=body.reason,
        start_date=body.start_date or clock.today(),
        today=clock.today(),
    )
    log_access(session, app, principal, "pause")
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/resume",
    responses=ERRORS,
    summary="恢复计时",
    description=f"{WINDOW_ONLY}\n\n结束当前暂停（默认今天），暂停的工作日顺延到办结期限；未暂停 409。返回变更后的完整案件。",
)
def resume(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    body: ResumeRequest | None = None,
) -> ApplicationPublic:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.resume(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        end_date=(body.end_date if body else None) or clock.today(),
        today=clock.today(),
    )
    log_access(session, app, principal, "resume")
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/extend",
    responses=ERRORS,
    summary="延期（领导批准、提前3日告知申请人）",
    description=f"{WINDOW_ONLY}\n\n经领导书面批准延长办结期限若干工作日；须在原期限前至少3日书面告知申请人，否则 422。"
    "返回变更后的完整案件。",
)
def extend(
    application_id: DbId,
    body: ExtendRequest,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> ApplicationPublic:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.extend(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        approver=body.approver,
        reason=body.reason,
        extra_days=body.extra_days,
        applicant_notified_date=body.applicant_notified_date,
        today=clock.today(),
    )
    log_access(session, app, principal, "extend")
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@calendar_router.get(
    "/working-days",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="N个工作日后的日期",
    description=f"{STAFF}\n\n从 `start` 的次日起数 `days` 个工作日（按国务院节假日安排和调休），并说明所用日历数据。",
)
def working_days(
    principal: Anyone,
    calendar: CalendarDep,
    start: Annotated[date, Query(examples=["2026-09-30"])],
    days: Annotated[int, Query(ge=0, le=400, examples=[5])],
) -> DueDatePublic:
    return service.working_days(calendar, start, days)


@calendar_router.get(
    "/notices",
    responses=problem_responses(Unauthorized, Forbidden),
    summary="管理员导入的国务院节假日安排（供转办服务加载）",
    description=f"{STAFF}\n\n管理员导入的各年节假日安排，按年份；转办服务启动时及每隔几分钟加载到它的工作日日历。",
)
def list_notices(principal: Anyone, session: SessionDep) -> list[CalendarNoticePublic]:
    return service.notices(session=session)


@calendar_router.post(
    "/notices",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="导入某年节假日安排（并重算受影响的期限）",
    description="调用方：管理员（admin）。导入或替换某年的国务院节假日安排（日期或“起..止”区间），"
    "并重算所有涉及该年的在办案件期限，返回重算了多少、改变了多少。",
)
def upload_notice(
    body: NoticeUpload, principal: Admin, session: SessionDep, clock: ClockDep
) -> NoticeUploadResult:
    return service.upload_notice(
        session=session, principal=principal, data=body.model_dump(), today=clock.today()
    )


@calendar_router.get(
    "/recomputations",
    responses=problem_responses(Unauthorized, Forbidden),
    summary="期限重算记录",
    description=f"{STAFF}\n\n最近50次因日历变化而重算期限的记录，新的在前。",
)
def recomputations(principal: Anyone, session: SessionDep) -> list[RecomputationPublic]:
    return [
        RecomputationPublic.model_validate(r.model_dump()) for r in service.recompute_log(session=session)
    ]


@calendar_router.get(
    "/{year}",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="某年节假日、调休上班日及数据来源",
    description=f"{STAFF}\n\n某年的节假日和调休上班日，数据来源（管理员导入 / 内置数据 / 仅周末），无当年数据时给出提示。",
)
def get_year(
    year: Annotated[int, Path(ge=2000, le=2100, examples=[2026])], principal: Anyone, calendar: CalendarDep
) -> CalendarYearPublic:
    return service.year_json(calendar.year(year), calendar)

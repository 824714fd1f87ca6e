"""Deadline actions on a case (pause, resume, extend) and the working-day calendar."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, problem_responses
from services.intake.applications import views
from services.intake.applications.service import get_visible, log_access
from services.intake.deadlines import service
from services.intake.deadlines.schemas import ExtendRequest, NoticeUpload, PauseRequest, ResumeRequest
from services.intake.deps import CalendarDep, DbId

router = APIRouter(prefix="/v1/applications", tags=["deadlines"])
calendar_router = APIRouter(prefix="/v1/calendar", tags=["calendar"])
Window = Annotated[Principal, Depends(require("window_staff"))]
Anyone = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
ERRORS = problem_responses(Invalid, NotFound, Conflict)


@router.post("/{application_id}/pause", responses=ERRORS, summary="暂停计时（申请人原因 / 上报上级）")
def pause(
    application_id: DbId,
    body: PauseRequest,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
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


@router.post("/{application_id}/resume", responses=ERRORS, summary="恢复计时")
def resume(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    body: ResumeRequest | None = None,
) -> dict:
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


@router.post("/{application_id}/extend", responses=ERRORS, summary="延期（领导批准、提前3日告知申请人）")
def extend(
    application_id: DbId,
    body: ExtendRequest,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
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


@calendar_router.get("/working-days", responses=problem_responses(Invalid), summary="N个工作日后的日期")
def working_days(
    principal: Anyone, calendar: CalendarDep, start: date, days: int = Query(ge=0, le=400)
) -> dict:
    return service.working_days(calendar, start, days)


@calendar_router.get("/notices", summary="管理员导入的国务院节假日安排（供转办服务加载）")
def notices(principal: Anyone, session: SessionDep) -> list[dict]:
    return service.notices(session=session)


@calendar_router.post(
    "/notices",
    status_code=201,
    responses=problem_responses(Invalid, Forbidden),
    summary="导入某年节假日安排（并重算受影响的期限）",
)
def upload(body: NoticeUpload, principal: Admin, session: SessionDep, clock: ClockDep) -> dict:
    return service.upload_notice(
        session=session, principal=principal, data=body.model_dump(), today=clock.today()
    )


@calendar_router.get("/recomputations", summary="期限重算记录")
def recomputations(principal: Anyone, session: SessionDep) -> list[dict]:
    return [r.model_dump(mode="json") for r in service.recompute_log(session=session)]


@calendar_router.get(
    "/{year}", responses=problem_responses(Invalid), summary="某年节假日、调休上班日及数据来源"
)
def year(year: int, principal: Anyone, calendar: CalendarDep) -> dict:
    if not 2000 <= year <= 2100:
        raise Invalid("年份应在2000—2100之间", field="year")
    return service.year_json(calendar.year(year), calendar)

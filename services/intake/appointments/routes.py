"""Appointments API (预约服务): windows, slots, bookings by staff and by the public, day view, duty roster."""

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

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
from services.common.proxies import caller_address
from services.common.vocabulary import AppointmentStatus, Role, ServicePeriod
from services.intake.appointments import reminders, roster, service, views
from services.intake.appointments.schemas import (
    AppointmentCreate,
    AppointmentPublic,
    AppointmentReceipt,
    AppointmentReport,
    DayView,
    DutyCreate,
    DutyPublic,
    OutOfHoursPublic,
    PublicAppointmentCreate,
    PublicCancel,
    ReminderSweep,
    SlotBatch,
    SlotPublic,
    SlotsCreated,
    WindowCreate,
    WindowPublic,
)
from services.intake.deps import CalendarDep, DbId

router = APIRouter(tags=["appointments"])
public_router = APIRouter(prefix="/v1/public", tags=["public"])
Staff = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.ADMIN))]
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
Region = Annotated[str | None, Query(min_length=6, max_length=12, pattern=r"^[0-9]+$")]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
STAFF = "调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。"
PUBLIC = "调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。"


def _limit_public(request: Request) -> None:
    reminders.limit_public_bookings(
        db=request.app.state.db, client=caller_address(request), now=get_clock(request).now()
    )


@router.post(
    "/v1/appointment-windows",
    status_code=201,
    response_model=WindowPublic,
    responses=ERRORS,
    summary="预约：设置接受预约的窗口（管理员）",
)
def create_window(body: WindowCreate, principal: Admin, session: SessionDep) -> WindowPublic:
    return service.window_public(service.create_window(session=session, principal=principal, body=body))


@router.get(
    "/v1/appointment-windows",
    response_model=list[WindowPublic],
    responses=ERRORS,
    summary="预约：窗口列表",
    description=STAFF,
)
def list_windows(principal: Staff, session: SessionDep, region: Region = None) -> list[WindowPublic]:
    scope = service.region_scope(principal, region)
    return [service.window_public(w) for w in service.list_windows(session=session, region=scope)]


@router.post(
    "/v1/appointment-windows/{window_id}/slots",
    status_code=201,
    response_model=SlotsCreated,
    responses=ERRORS,
    summary="预约：批量设置时段（含午间、双休日、延时服务）",
    description="调用方：管理员或该窗口负责人。按日期区间、星期和时间切分时段；时段落在午休、下班后或非工作日"
    "（按国务院节假日安排）时自动标为午间、延时或双休日服务。已有的时段保留。",
)
def open_slots(
    window_id: DbId,
    body: SlotBatch,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> SlotsCreated:
    window = service.get_window(session=session, window_id=window_id, principal=principal)
    return service.open_slots(
        session=session, calendar=calendar, principal=principal, window=window, body=body, today=clock.today()
    )


@router.get(
    "/v1/appointment-slots",
    response_model=list[SlotPublic],
    responses=ERRORS,
    summary="预约：时段与余量",
    description=STAFF,
)
def list_slots(
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    region: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
    window_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    period: ServicePeriod | None = None,
) -> list[SlotPublic]:
    start = date_from or clock.today()
    return service.list_slots(
        session=session,
        region=service.region_scope(principal, region),
        date_from=start,
        date_to=date_to or start + timedelta(days=13),
        window_id=window_id,
        period=period,
    )


@router.post(
    "/v1/appointments",
    status_code=201,
    response_model=AppointmentPublic,
    responses=ERRORS,
    summary="预约：窗口代为预约（电话或现场）",
    description=STAFF,
)
def book(
    body: AppointmentCreate, principal: Window, session: SessionDep, clock: ClockDep
) -> AppointmentPublic:
    row, slot = service.book(session=session, body=body, now=clock.now(), principal=principal)
    return service.appointment_public(row, slot)


@router.get(
    "/v1/appointments/day",
    response_model=DayView,
    responses=ERRORS,
    summary="预约：窗口日视图（时段、预约、值班）",
    description=STAFF,
)
def day_view(
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    day: date | None = None,
    region: Region = None,
    window_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> DayView:
    return views.day_view(
        session=session, principal=principal, day=day or clock.today(), region=region, window_id=window_id
    )


@router.get(
    "/v1/appointments/report",
    response_model=AppointmentReport,
    responses=ERRORS,
    summary="预约：各窗口到场、爽约、取消统计",
    description=STAFF,
)
def appointment_report(
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    date_from: date | None = None,
    date_to: date | None = None,
    region: Region = None,
) -> AppointmentReport:
    today = clock.today()
    return views.report(
        session=session,
        principal=principal,
        date_from=date_from or today.replace(day=1),
        date_to=date_to or today,
        region=region,
    )


def _marked(
    appointment_id: int, to: AppointmentStatus, principal: Principal, session, clock
) -> AppointmentPublic:
    row = service.get_appointment(session=session, principal=principal, appointment_id=appointment_id)
    if to == AppointmentStatus.CANCELLED:
        service.cancel(session=session, row=row, actor=principal.subject, now=clock.now())
    else:
        service.mark(session=session, row=row, to=to, principal=principal, now=clock.now())
    return service.appointment_public(row, service.slot_of(session=session, row=row))


@router.post(
    "/v1/appointments/{appointment_id}/arrive",
    response_model=AppointmentPublic,
    responses=ERRORS,
    summary="预约：登记到场",
    description=STAFF,
)
def arrive(
    appointment_id: DbId, principal: Window, session: SessionDep, clock: ClockDep
) -> AppointmentPublic:
    return _marked(appointment_id, AppointmentStatus.ARRIVED, principal, session, clock)


@router.post(
    "/v1/appointments/{appointment_id}/no-show",
    response_model=AppointmentPublic,
    responses=ERRORS,
    summary="预约：登记爽约（时段开始后）",
    description=STAFF,
)
def no_show(
    appointment_id: DbId, principal: Window, session: SessionDep, clock: ClockDep
) -> AppointmentPublic:
    return _marked(appointment_id, AppointmentStatus.NO_SHOW, principal, session, clock)


@router.post(
    "/v1/appointments/{appointment_id}/cancel",
    response_model=AppointmentPublic,
    responses=ERRORS,
    summary="预约：取消（名额释放）",
    description=STAFF,
)
def cancel(
    appointment_id: DbId, principal: Window, session: SessionDep, clock: ClockDep
) -> AppointmentPublic:
    return _marked(appointment_id, AppointmentStatus.CANCELLED, principal, session, clock)


@router.post(
    "/v1/appointments/reminders/send",
    response_model=ReminderSweep,
    responses=ERRORS,
    summary="预约：立即发送到期的预约提醒（后台任务也会定时发送）",
    description="调用方：管理员。",
)
def send_reminders(principal: Admin, request: Request, session: SessionDep, clock: ClockDep) -> ReminderSweep:
    sent, failed = reminders.send_due_reminders(
        session=session, gateway=reminders.gateway_of(request.app), now=clock.now()
    )
    return ReminderSweep(sent=sent, failed=failed)


@router.post(
    "/v1/duty-shifts",
    status_code=201,
    response_model=DutyPublic,
    responses=ERRORS,
    summary="值班表：排一个午间、延时或双休日班次",
    description="调用方：管理员或本区域窗口负责人。",
)
def add_duty(body: DutyCreate, principal: Window, session: SessionDep) -> DutyPublic:
    return roster.duty_public(roster.add_duty(session=session, principal=principal, body=body))


@router.get(
    "/v1/duty-shifts",
    response_model=list[DutyPublic],
    responses=ERRORS,
    summary="值班表",
    description=STAFF,
)
def list_duty(
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    region: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[DutyPublic]:
    start = date_from or clock.today()
    return roster.list_duty(
        session=session,
        region=service.region_scope(principal, region),
        date_from=start,
        date_to=date_to or start + timedelta(days=30),
    )


# the public (no token) ----------------------------------------------------------------------------


@public_router.get(
    "/appointment-slots",
    response_model=list[SlotPublic],
    responses=problem_responses(Invalid),
    summary="预约：公众查询可预约时段（含午间、双休日、延时服务）",
    description=PUBLIC,
)
def public_slots(
    session: SessionDep,
    clock: ClockDep,
    region: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
    period: ServicePeriod | None = None,
) -> list[SlotPublic]:
    start = max(date_from or clock.today(), clock.today())
    return service.list_slots(
        session=session,
        region=region,
        date_from=start,
        date_to=date_to or start + timedelta(days=13),
        period=period,
        only_available=True,
    )


@public_router.post(
    "/appointments",
    status_code=201,
    response_model=AppointmentReceipt,
    responses=problem_responses(NotFound, Conflict, Invalid, TooManyRequests),
    summary="预约：公众网上预约（姓名、手机号、事项；无需登录）",
    description=PUBLIC + "返回预约码，提前一天短信提醒。同一地址提交过多将被限制（429）。",
    dependencies=[Depends(_limit_public)],
)
def public_book(body: PublicAppointmentCreate, session: SessionDep, clock: ClockDep) -> AppointmentReceipt:
    row, slot = service.book(session=session, body=body, now=clock.now())
    return service.receipt(row, slot, service.get_window(session=session, window_id=slot.window_id))


@public_router.post(
    "/appointments/{code}/cancel",
    status_code=204,
    responses=problem_responses(NotFound, Conflict, Invalid, TooManyRequests),
    summary="预约：公众凭预约码和手机号取消",
    description=PUBLIC,
    dependencies=[Depends(_limit_public)],
)
def public_cancel(
    code: Annotated[str, Path(min_length=8, max_length=8, pattern=r"^[A-Za-z0-9]+$")],
    body: PublicCancel,
    session: SessionDep,
    clock: ClockDep,
) -> None:
    service.cancel_public(session=session, code=code, phone=body.phone, now=clock.now())


@public_router.get(
    "/out-of-hours",
    response_model=list[OutOfHoursPublic],
    responses=problem_responses(Invalid),
    summary="预约：非工作时间服务安排（午间、延时、双休日）",
    description=PUBLIC,
)
def public_out_of_hours(
    session: SessionDep,
    clock: ClockDep,
    region: Region = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[OutOfHoursPublic]:
    start = date_from or clock.today()
    return roster.out_of_hours(
        session=session, region=region, date_from=start, date_to=date_to or start + timedelta(days=30)
    )

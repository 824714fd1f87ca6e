"""Appointments (预约服务): windows, slots incl. 午间/双休日/延时, bookings, no-shows, reminders, duty roster."""

import logging
import secrets
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.calendar import WorkingDayCalendar
from services.common.clock import SHANGHAI
from services.common.errors import Conflict, Forbidden, Invalid, NotFound
from services.common.observability import mask_personal_data
from services.common.regions import REGIONS, region_name
from services.common.vocabulary import AppointmentStatus, Role, ServicePeriod
from services.intake.appointments.models import (
    Appointment,
    AppointmentReminder,
    AppointmentSlot,
    AppointmentWindow,
)
from services.intake.appointments.schemas import (
    AppointmentCreate,
    AppointmentPublic,
    AppointmentReceipt,
    SlotBatch,
    SlotPublic,
    SlotsCreated,
    WindowCreate,
    WindowPublic,
)

log = logging.getLogger("yimen.intake.appointments")
A = AppointmentStatus
# office hours of a street hall; outside them a slot is 午间 or 延时 service (seed 000), on a
# non-working day 双休日 service (the official calendar: a make-up Sunday is a working day)
MORNING = (time(8, 30), time(12, 0))
AFTERNOON = (time(13, 30), time(17, 30))
MAX_BATCH_DAYS = 92  # one quarter of slots at a time
REMIND_BEFORE = timedelta(hours=24)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone


def period_of(calendar: WorkingDayCalendar, day: date, start: time, end: time) -> ServicePeriod:
    """The service period a slot belongs to."""
    if not calendar.is_workday(day):
        return ServicePeriod.WEEKEND
    if start < MORNING[0] or end > AFTERNOON[1]:
        return ServicePeriod.EXTENDED
    if start < AFTERNOON[0] and end > MORNING[1]:
        return ServicePeriod.LUNCH
    return ServicePeriod.REGULAR


def _starts_at(slot: AppointmentSlot) -> datetime:
    return datetime.combine(slot.slot_date, slot.start_time, tzinfo=SHANGHAI).astimezone(UTC)


def region_scope(principal: Principal, region: str | None) -> str:
    """The region a list covers: the one asked for if visible, else the caller's own."""
    if region:
        if not principal.can_see_region(region):
            raise Forbidden(f"无权查看区域 {region}", field="region")
        return region
    return "" if principal.role in (Role.ADMIN, Role.SERVICE) else principal.region


# windows ------------------------------------------------------------------------------------------


def window_public(w: AppointmentWindow) -> WindowPublic:
    return WindowPublic(
        id=w.id,
        region=w.region,
        region_name=region_name(w.region),
        name=w.name,
        lead_username=w.lead_username,
        active=w.active,
    )


def create_window(*, session: Session, principal: Principal, body: WindowCreate) -> AppointmentWindow:
    """An admin opens a window for appointments in a region it may see."""
    if body.region not in REGIONS:
        raise Invalid(f"未知的区划代码 {body.region}", field="region")
    if not principal.can_see_region(body.region):
        raise Forbidden("无权在该区域设置窗口", field="region")
    row = AppointmentWindow(region=body.region, name=body.name, lead_username=body.lead_username)
    session.add(row)
    session.flush()
    return row


def list_windows(*, session: Session, region: str | None = None) -> list[AppointmentWindow]:
    query = select(AppointmentWindow).where(AppointmentWindow.active).order_by(AppointmentWindow.id)
    if region:
        query = query.where(col(AppointmentWindow.region).startswith(region))
    return list(session.exec(query).all())


def get_window(*, session: Session, window_id: int, principal: Principal | None = None) -> AppointmentWindow:
    row = session.get(AppointmentWindow, window_id)
    if row is None or (principal is not None and not principal.can_see_region(row.region)):
        raise NotFound(f"窗口 {window_id} 不存在", field="window_id")
    return row


def _may_configure(principal: Principal, window: AppointmentWindow) -> None:
    """Slots are set by an admin or by the window's own lead."""
    if principal.role in (Role.ADMIN, Role.SERVICE):
        return
    if (
        principal.role == Role.WINDOW_STAFF
        and window.lead_username
        and principal.subject == window.lead_username
    ):
        return
    raise Forbidden("只有管理员或该窗口负责人可以设置预约时段")


# slots --------------------------------------------------------------------------------------------


def slot_public(slot: AppointmentSlot, window: AppointmentWindow) -> SlotPublic:
    period = ServicePeriod(slot.period)
    return SlotPublic(
        id=slot.id,
        window_id=slot.window_id,
        window_name=window.name,
        region=slot.region,
        slot_date=slot.slot_date,
        start_time=f"{slot.start_time:%H:%M}",
        end_time=f"{slot.end_time:%H:%M}",
        period=period,
        period_name=period.label,
        capacity=slot.capacity,
        available=max(0, slot.capacity - slot.booked),
    )


def open_slots(
    *,
    session: Session,
    calendar: WorkingDayCalendar,
    principal: Principal,
    window: AppointmentWindow,
    body: SlotBatch,
    today: date,
) -> SlotsCreated:
    """Cut [start, end) into slots of `minutes` on each chosen weekday; existing slots are kept."""
    _may_configure(principal, window)
    if body.date_to < body.date_from:
        raise Invalid("结束日期不能早于开始日期", field="date_to")
    if body.date_from < today:
        raise Invalid("不能为已过去的日期设置时段", field="date_from")
    if (body.date_to - body.date_from).days >= MAX_BATCH_DAYS:
        raise Invalid(f"一次最多设置 {MAX_BATCH_DAYS} 天", field="date_to")
    first, last = time.fromisoformat(body.start_time), time.fromisoformat(body.end_time)
    if last <= first:
        raise Invalid("结束时间须晚于开始时间", field="end_time")
    if any(d < 0 or d > 6 for d in body.weekdays):
        raise Invalid("weekdays 取值 0（周一）到 6（周日）", field="weekdays")
    step = timedelta(minutes=body.minutes)
    created, skipped, out = 0, 0, []
    day = body.date_from
    while day <= body.date_to:
        if day.weekday() in body.weekdays:
            moment = datetime.combine(day, first)
            while (moment + step).time() <= last and (moment + step).date() == day:
                start, end = moment.time(), (moment + step).time()
                exists = session.exec(
                    select(AppointmentSlot).where(
                        AppointmentSlot.window_id == window.id,
                        AppointmentSlot.slot_date == day,
                        AppointmentSlot.start_time == start,
                    )
                ).first()
                if exists:
                    skipped += 1
                else:
                    slot = AppointmentSlot(
                        window_id=window.id,
                        region=window.region,
                        slot_date=day,
                        start_time=start,
                        end_time=end,
                        capacity=body.capacity,
                        period=period_of(calendar, day, start, end).value,
                    )
                    session.add(slot)
                    session.flush()
                    out.append(slot_public(slot, window))
                    created += 1
                moment += step
        day += timedelta(days=1)
    if created + skipped == 0:
        raise Invalid("所选日期和时间内没有可设置的时段", field="weekdays")
    return SlotsCreated(created=created, skipped=skipped, slots=out)


def list_slots(
    *,
    session: Session,
    region: str | None,
    date_from: date,
    date_to: date,
    window_id: int | None = None,
    period: ServicePeriod | None = None,
    only_available: bool = False,
) -> list[SlotPublic]:
    if date_to < date_from:
        raise Invalid("结束日期不能早于开始日期", field="date_to")
    if (date_to - date_from).days > MAX_BATCH_DAYS:
        raise Invalid(f"一次最多查询 {MAX_BATCH_DAYS} 天", field="date_to")
    query = (
        select(AppointmentSlot, AppointmentWindow)
        .join(AppointmentWindow, AppointmentWindow.id == AppointmentSlot.window_id)
        .where(
            AppointmentSlot.active,
            AppointmentSlot.slot_date >= date_from,
            AppointmentSlot.slot_date <= date_to,
        )
        .order_by(AppointmentSlot.slot_date, AppointmentSlot.start_time, AppointmentSlot.window_id)
    )
    if region:
        query = query.where(col(AppointmentSlot.region).startswith(region))
    if window_id:
        query = query.where(AppointmentSlot.window_id == window_id)
    if period:
        query = query.where(AppointmentSlot.period == period.value)
    if only_available:
        query = query.where(AppointmentSlot.booked < AppointmentSlot.capacity)
    return [slot_public(s, w) for s, w in session.exec(query).all()]


# bookings -----------------------------------------------------------------------------------------


def appointment_public(
    row: Appointment, slot: AppointmentSlot, reminder_sent: bool = False
) -> AppointmentPublic:
    """Staff lists show the phone number masked (138****0000)."""
    status = AppointmentStatus(row.status)
    return AppointmentPublic(
        id=row.id,
        code=row.code,
        slot_id=row.slot_id,
        window_id=row.window_id,
        region=row.region,
        slot_date=slot.slot_date,
        start_time=f"{slot.start_time:%H:%M}",
        end_time=f"{slot.end_time:%H:%M}",
        period=ServicePeriod(slot.period),
        name=row.name,
        phone_masked=mask_personal_data(row.phone),
        matter=row.matter,
        status=status,
        status_name=status.label,
        source=row.source,
        booked_by=row.booked_by,
        marked_by=row.marked_by,
        reminder_sent=reminder_sent,
    )


def book(
    *,
    session: Session,
    body: AppointmentCreate,
    now: datetime,
    principal: Principal | None = None,
) -> tuple[Appointment, AppointmentSlot]:
    """Take one place of a future slot (one UPDATE checks capacity, so two bookers never overfill it)."""
    slot = session.get(AppointmentSlot, body.slot_id)
    if slot is None or not slot.active:
        raise NotFound(f"预约时段 {body.slot_id} 不存在", field="slot_id")
    if principal is not None and not principal.can_see_region(slot.region):
        raise NotFound(f"预约时段 {body.slot_id} 不存在", field="slot_id")
    if _starts_at(slot) <= now:
        raise Conflict("该时段已开始或已过去，请选择其他时段", field="slot_id")
    same = session.exec(
        select(Appointment).where(
            Appointment.slot_id == slot.id, Appointment.phone == body.phone, Appointment.status == A.BOOKED
        )
    ).first()
    if same is not None:
        raise Conflict("该手机号已预约此时段", field="phone")
    taken = session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot.id, AppointmentSlot.booked < AppointmentSlot.capacity)
        .values(booked=AppointmentSlot.booked + 1)
    ).rowcount
    if not taken:
        raise Conflict("该时段已约满，请选择其他时段", field="slot_id")
    session.refresh(slot)
    row = Appointment(
        code="".join(secrets.choice(CODE_ALPHABET) for _ in range(8)),
        slot_id=slot.id,
        window_id=slot.window_id,
        region=slot.region,
        name=body.name,
        phone=body.phone,
        matter=body.matter,
        source="staff" if principal else "public",
        booked_by=principal.subject if principal else "",
    )
    session.add(row)
    session.flush()
    session.add(AppointmentReminder(appointment_id=row.id, due_at=max(now, _starts_at(slot) - REMIND_BEFORE)))
    session.flush()
    return row, slot


def receipt(row: Appointment, slot: AppointmentSlot, window: AppointmentWindow) -> AppointmentReceipt:
    return AppointmentReceipt(
        code=row.code,
        window_name=window.name,
        region_name=region_name(window.region),
        slot_date=slot.slot_date,
        start_time=f"{slot.start_time:%H:%M}",
        end_time=f"{slot.end_time:%H:%M}",
        period_name=ServicePeriod(slot.period).label,
    )


def get_appointment(*, session: Session, principal: Principal, appointment_id: int) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None or not principal.can_see_region(row.region):
        raise NotFound(f"预约 {appointment_id} 不存在", field="appointment_id")
    return row


def slot_of(*, session: Session, row: Appointment) -> AppointmentSlot:
    return session.get(AppointmentSlot, row.slot_id)


def _release(session: Session, row: Appointment) -> None:
    session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == row.slot_id)
        .values(booked=AppointmentSlot.booked - 1)
    )
    reminder = session.exec(
        select(AppointmentReminder).where(AppointmentReminder.appointment_id == row.id)
    ).first()
    if reminder is not None and reminder.sent_at is None:
        session.delete(reminder)


def cancel(*, session: Session, row: Appointment, actor: str, now: datetime) -> Appointment:
    """Cancel a booked appointment; its place is free again."""
    if row.status != A.BOOKED:
        raise Conflict(f"预约状态为“{A.label_of(row.status)}”，不能取消", field="status")
    _release(session, row)
    row.status, row.marked_by, row.marked_at = A.CANCELLED.value, actor, now
    session.add(row)
    session.flush()
    return row


def cancel_public(*, session: Session, code: str, phone: str, now: datetime) -> None:
    """A resident cancels with the code and the same phone number (otherwise: not found)."""
    row = session.exec(select(Appointment).where(Appointment.code == code.upper())).first()
    if row is None or not secrets.compare_digest(row.phone, phone):
        raise NotFound("预约码或手机号不正确", field="code")
    cancel(session=session, row=row, actor="本人取消", now=now)


def mark(
    *, session: Session, row: Appointment, to: AppointmentStatus, principal: Principal, now: datetime
) -> Appointment:
    """Arrived, or no-show (爽约) once the slot has begun."""
    if row.status != A.BOOKED:
        raise Conflict(f"预约状态为“{A.label_of(row.status)}”，不能再登记", field="status")
    slot = session.get(AppointmentSlot, row.slot_id)
    if to == A.NO_SHOW and _starts_at(slot) > now:
        raise Conflict("时段尚未开始，不能登记爽约", field="status")
    if to not in (A.ARRIVED, A.NO_SHOW):
        raise Invalid("只能登记到场或爽约", field="status")
    row.status, row.marked_by, row.marked_at = to.value, principal.subject, now
    session.add(row)
    session.flush()
    return row


def with_slots(session: Session, rows: list[Appointment]) -> list[AppointmentPublic]:
    slots = (
        {
            s.id: s
            for s in session.exec(
                select(AppointmentSlot).where(col(AppointmentSlot.id).in_({r.slot_id for r in rows}))
            ).all()
        }
        if rows
        else {}
    )
    sent = (
        set(
            session.exec(
                select(AppointmentReminder.appointment_id).where(
                    col(AppointmentReminder.appointment_id).in_([r.id for r in rows]),
                    col(AppointmentReminder.sent_at).is_not(None),
                )
            ).all()
        )
        if rows
        else set()
    )
    return [appointment_public(r, slots[r.slot_id], r.id in sent) for r in rows]

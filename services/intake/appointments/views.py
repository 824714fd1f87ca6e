"""What a window and a supervisor read: the day view (slots, bookings, duty) and outcomes per window."""

from datetime import date

from sqlmodel import Session, col, select

from services.common.auth import Principal
from services.common.errors import Invalid
from services.common.vocabulary import AppointmentStatus, ServicePeriod
from services.intake.appointments.models import Appointment, AppointmentSlot
from services.intake.appointments.roster import list_duty
from services.intake.appointments.schemas import AppointmentReport, DayView, WindowCounts
from services.intake.appointments.service import list_slots, list_windows, region_scope, with_slots

A = AppointmentStatus


def day_view(
    *, session: Session, principal: Principal, day: date, region: str | None, window_id: int | None
) -> DayView:
    """A window's (or a region's) day: slots, bookings, duty, counts by status."""
    scope = region_scope(principal, region)
    slots = list_slots(session=session, region=scope, date_from=day, date_to=day, window_id=window_id)
    query = (
        select(Appointment)
        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
        .where(AppointmentSlot.slot_date == day)
        .order_by(AppointmentSlot.start_time, Appointment.id)
    )
    if scope:
        query = query.where(col(Appointment.region).startswith(scope))
    if window_id:
        query = query.where(Appointment.window_id == window_id)
    rows = list(session.exec(query).all())
    counts = {s.value: 0 for s in AppointmentStatus}
    for r in rows:
        counts[r.status] = counts.get(r.status, 0) + 1
    return DayView(
        slot_date=day,
        region=scope,
        slots=slots,
        appointments=with_slots(session, rows),
        counts=counts,
        duty=list_duty(session=session, region=scope, date_from=day, date_to=day),
    )


def report(
    *, session: Session, principal: Principal, date_from: date, date_to: date, region: str | None
) -> AppointmentReport:
    """Bookings per window by outcome, and how many were out of hours."""
    if date_to < date_from:
        raise Invalid("结束日期不能早于开始日期", field="date_to")
    scope = region_scope(principal, region)
    query = (
        select(Appointment, AppointmentSlot)
        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
        .where(AppointmentSlot.slot_date >= date_from, AppointmentSlot.slot_date <= date_to)
    )
    if scope:
        query = query.where(col(Appointment.region).startswith(scope))
    windows = {w.id: w for w in list_windows(session=session, region=scope)}
    out: dict[int, WindowCounts] = {
        w.id: WindowCounts(window_id=w.id, window_name=w.name, region=w.region) for w in windows.values()
    }
    for row, slot in session.exec(query).all():
        c = out.get(row.window_id)
        if c is None:
            continue
        setattr(c, row.status, getattr(c, row.status) + 1)
        c.out_of_hours += slot.period != ServicePeriod.REGULAR and row.status != A.CANCELLED
    return AppointmentReport(date_from=date_from, date_to=date_to, windows=list(out.values()))

"""How reminders leave (the platform's SMS gateway, log-only by default), the reminder worker, and the
rate limit on public bookings."""

import logging
import threading
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from services.common.db import Database
from services.common.errors import TooManyRequests
from services.common.outbox import run_worker_loop
from services.common.regions import region_name
from services.common.sms import LogSmsGateway, SmsGateway
from services.common.vocabulary import AppointmentStatus, ServicePeriod
from services.intake.accounts import throttle  # the one counter the login lockout uses too
from services.intake.appointments.models import (
    Appointment,
    AppointmentReminder,
    AppointmentSlot,
    AppointmentWindow,
)

log = logging.getLogger("yimen.intake.appointments")
A = AppointmentStatus
BOOKINGS_PER_ADDRESS = 5  # public bookings (and cancellations) from one address before it must wait
BOOKING_LOCK = timedelta(minutes=15)


def gateway_of(app) -> SmsGateway:
    """The app's SMS gateway (YIMEN_INTAKE_SMS_GATEWAY; log-only by default)."""
    return getattr(app.state, "sms", None) or LogSmsGateway()


def limit_public_bookings(*, db: Database, client: str, now: datetime) -> None:
    """Count a public booking from `client` (own transaction); past the limit, 429 with back-off."""
    key = f"appointment:{client}"
    with db.session() as session:
        wait = throttle.retry_after(session=session, keys=[key], now=now)
        if wait:
            raise TooManyRequests("预约提交过于频繁，请稍后再试", retry_after=wait)
        throttle.record(
            session=session, key=key, limit=BOOKINGS_PER_ADDRESS, first_lock=BOOKING_LOCK, now=now
        )


def reminder_worker(app, stop: threading.Event) -> None:
    """Background loop: send due appointment reminders until stopped."""

    def step() -> int:
        with app.state.db.session() as session:
            sent, _failed = send_due_reminders(
                session=session, gateway=gateway_of(app), now=app.state.clock.now()
            )
        return sent

    run_worker_loop(step, stop, app.state.settings.worker_interval_seconds * 15, "appointment-reminders")


def reminder_text(row: Appointment, slot: AppointmentSlot, window: AppointmentWindow) -> str:
    return (
        f"【一门受理】您已预约{region_name(window.region)}{window.name}，"
        f"{slot.slot_date.month}月{slot.slot_date.day}日 {slot.start_time:%H:%M}-{slot.end_time:%H:%M}"
        f"（{ServicePeriod(slot.period).label}），预约码 {row.code}。如需取消请凭预约码办理。"
    )


def send_due_reminders(*, session: Session, gateway, now: datetime, limit: int = 200) -> tuple[int, int]:
    """Send every due, unsent reminder of a still-booked appointment once; (sent, failed).

    Rows are claimed with FOR UPDATE SKIP LOCKED, so several workers never send one twice.
    """
    due = session.exec(
        select(AppointmentReminder)
        .where(col(AppointmentReminder.sent_at).is_(None), AppointmentReminder.due_at <= now)
        .order_by(AppointmentReminder.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    sent = failed = 0
    for reminder in due:
        row = session.get(Appointment, reminder.appointment_id)
        if row is None or row.status != A.BOOKED:
            reminder.sent_at, reminder.outcome = now, "预约已不在预约状态，不再提醒"
            session.add(reminder)
            continue
        slot = session.get(AppointmentSlot, row.slot_id)
        window = session.get(AppointmentWindow, row.window_id)
        try:
            gateway.send(row.phone, reminder_text(row, slot, window))
        except Exception as exc:  # a gateway failure leaves the reminder due for the next sweep
            log.warning("appointment reminder %s not sent: %s", row.id, type(exc).__name__)
            reminder.outcome = f"发送失败：{type(exc).__name__}"[:200]
            failed += 1
        else:
            reminder.sent_at, reminder.outcome = now, "已发送"
            sent += 1
        session.add(reminder)
    session.flush()
    return sent, failed

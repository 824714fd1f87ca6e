"""How reminders leave (the platform's SMS gateway, log-only by default), the reminder worker, and the
rate limit on public bookings."""

import threading
from datetime import datetime, timedelta

from services.common.db import Database
from services.common.errors import TooManyRequests
from services.common.outbox import run_worker_loop
from services.common.sms import LogSmsGateway, SmsGateway
from services.intake.accounts import throttle  # the one counter the login lockout uses too
from services.intake.appointments.service import send_due_reminders

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

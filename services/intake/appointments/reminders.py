"""How reminders leave: the platform's SMS gateway when the app has one, else a log line (demo default);
and the rate limit on public bookings."""

import logging
import threading
from datetime import datetime, timedelta

from services.common.db import Database
from services.common.errors import TooManyRequests
from services.common.observability import mask_personal_data
from services.common.outbox import run_worker_loop
from services.intake.accounts import throttle  # the one counter the login lockout uses too
from services.intake.appointments.service import send_due_reminders

log = logging.getLogger("yimen.intake.appointments")
BOOKINGS_PER_ADDRESS = 5  # public bookings (and cancellations) from one address before it must wait
BOOKING_LOCK = timedelta(minutes=15)


class LogOnlyGateway:
    """Writes the reminder to the log (numbers masked) instead of sending it."""

    def send(self, phone: str, text: str) -> None:
        log.info("sms (log only) to %s: %s", mask_personal_data(phone), mask_personal_data(text))


def gateway_of(app):
    """The app's SMS gateway (app.state.sms) or the log-only default."""
    return getattr(app.state, "sms", None) or LogOnlyGateway()


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

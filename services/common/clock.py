"""The one clock: every business "now" and "today" in Yimen comes from here.

Routes take it with `ClockDep`, service functions receive `today` / `now` (or the clock) as
parameters, workers and demo loaders use the app's clock. The process has one `Clock` object;
tests set it in one fixture (`clock.set(...)`), and `YIMEN_CLOCK_START` (demo and tests only)
starts a whole process at a chosen instant that then runs forward, so a browser test of
real processes is dated like the unit tests whatever day the machine thinks it is.
"""

import threading
import time
from datetime import UTC, date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Request

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Clock:
    """Wall time for business decisions: aware UTC instants and Beijing dates."""

    def __init__(self) -> None:
        self._frozen: datetime | None = None
        self._offset = timedelta(0)

    def now(self) -> datetime:
        """The current instant, timezone-aware UTC (sqlmodel refuses naive datetimes)."""
        if self._frozen is not None:
            return self._frozen
        return datetime.now(UTC) + self._offset  # the one read of the system clock

    def today(self) -> date:
        """Today's date in Beijing: business days are Beijing days, whatever the server's TZ."""
        return self.now().astimezone(SHANGHAI).date()

    def set(self, at: datetime, *, running: bool = False) -> None:
        """Fix the clock at `at` (tests), or let it run forward from `at` (`running=True`)."""
        if at.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        if running:
            self._frozen, self._offset = None, at - datetime.now(UTC)
        else:
            self._frozen, self._offset = at.astimezone(UTC), timedelta(0)

    def advance(self, delta: timedelta) -> None:
        """Move a set clock forward (e.g. past an outbox retry's backoff)."""
        if self._frozen is not None:
            self._frozen += delta
        else:
            self._offset += delta

    def reset(self) -> None:
        """Back to the system clock."""
        self._frozen, self._offset = None, timedelta(0)


clock = Clock()


def utcnow() -> datetime:
    """The process clock's instant: default for `*_at` columns (a model field cannot take a dependency)."""
    return clock.now()


def system_now() -> datetime:
    """The machine's real instant, for protocol timestamps that another system checks against its own
    clock (Standard Webhooks signatures); never for business dates or deadlines."""
    return datetime.now(UTC)


def idle(stop: threading.Event, seconds: float, *, slice_seconds: float = 0.05) -> bool:
    """Wait up to `seconds` or until `stop` is set; True when stopped. Workers idle with this, never
    with a timed `Event.wait`: a timed lock wait (sem_clockwait) is not intercepted by libfaketime, so
    under a faked clock (CI runs the suite a year ahead) it never returns; short sleeps are."""
    deadline = time.monotonic() + seconds
    while not stop.is_set():
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(slice_seconds, left))
    return True


def beijing_date(moment: datetime) -> date:
    """The Beijing calendar date of an instant (a slip sent at 23:30 UTC is dated the next day)."""
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; we store UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SHANGHAI).date()


def get_clock(request: Request) -> Clock:
    """Route dependency: the app's clock (the process clock unless the app was built with another)."""
    return getattr(request.app.state, "clock", clock)


ClockDep = Annotated[Clock, Depends(get_clock)]

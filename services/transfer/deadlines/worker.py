"""The deadline worker: refresh the calendar from intake and sweep, each on its own interval.

The sweep interval counts from the END of the last sweep, so a long sweep is never followed at once by
the next one; the stop event (SIGTERM) is handed to the sweep, which ends between batches.
"""

import threading
import time

from fastapi import FastAPI

from services.common.outbox import run_worker_loop
from services.transfer.deadlines import service as deadlines


class DeadlineSchedule:
    """When the calendar refresh and the sweep are next due (monotonic seconds)."""

    def __init__(self, *, calendar_every: float, sweep_every: float):
        self.calendar_every, self.sweep_every = calendar_every, sweep_every
        self.calendar_at = self.sweep_at = 0.0  # both run at start

    def step(self, app: FastAPI, stop: threading.Event) -> None:
        if time.monotonic() >= self.calendar_at:
            deadlines.refresh_calendar(app.state.ctx, app.state.intake)
            self.calendar_at = time.monotonic() + self.calendar_every
        if time.monotonic() >= self.sweep_at and not stop.is_set():
            try:
                with app.state.db.session() as session:
                    deadlines.sweep(session=session, ctx=app.state.ctx, stop=stop)
            finally:  # also after a failure: the next attempt waits a full interval
                self.sweep_at = time.monotonic() + self.sweep_every


def deadline_worker(app: FastAPI, stop: threading.Event) -> None:
    """Refresh the working-day calendar from intake and sweep deadlines until `stop` is set."""
    settings = app.state.settings
    schedule = DeadlineSchedule(
        calendar_every=settings.calendar_refresh_seconds, sweep_every=settings.sweep_interval_seconds
    )
    run_worker_loop(
        lambda: schedule.step(app, stop), stop, min(settings.worker_interval_seconds * 5, 10.0), "deadlines"
    )

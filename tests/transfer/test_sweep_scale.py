"""The set-based deadline sweep: only slips missing a record are read, in batches; SIGTERM stops it."""

import threading
from datetime import timedelta
from types import SimpleNamespace

from sqlmodel import func, select

from services.transfer.deadlines import service as deadlines
from services.transfer.deadlines.models import SlipReminder
from services.transfer.deadlines.worker import DeadlineSchedule
from services.transfer.slips.models import Slip
from tests.conftest import TODAY
from tests.transfer.conftest import submit


def _overdue(app, db, count: int) -> list[int]:
    """`count` cases with one slip each, all past their opinion deadline."""
    client_ids = []
    with db.session() as s:
        for slip in s.exec(select(Slip)).all():
            slip.due_date = TODAY - timedelta(days=3)
            s.add(slip)
            client_ids.append(slip.id)
    return client_ids


def _sweep(app, db, **kw):
    with db.session() as s:
        return deadlines.sweep(session=s, ctx=app.state.ctx, **kw)


def _records(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(SlipReminder)).one()


class TestSetBasedSweep:
    def test_batches_cover_every_overdue_slip_once(self, client, app, transfer_db, monkeypatch):
        monkeypatch.setattr(deadlines, "SWEEP_BATCH", 2)  # five slips: three batches per level
        for case_id in range(1, 6):
            submit(client, case_id=case_id)
        slips = _overdue(app, transfer_db, 5)
        assert _sweep(app, transfer_db) == {"reminder": len(slips), "supervision": len(slips)}
        assert _records(transfer_db) == 2 * len(slips)
        # the next sweep finds nothing missing: no record, no history, no message twice
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}
        assert _records(transfer_db) == 2 * len(slips)

    def test_only_slips_due_within_the_near_due_limit_are_read(self, client, app, transfer_db):
        submit(client)  # opinion due three working days ahead: not yet near due
        ctx = app.state.ctx
        limit = ctx.calendar.add_working_days(TODAY, ctx.settings.near_due_working_days).due_date
        with transfer_db.session() as s:
            assert s.exec(deadlines.missing("reminder", today=TODAY, limit=limit, after=0)).all() == []
            far = TODAY + timedelta(days=30)
            assert len(s.exec(deadlines.missing("reminder", today=TODAY, limit=far, after=0)).all()) == 1
            assert s.exec(deadlines.missing("supervision", today=TODAY, limit=far, after=0)).all() == []
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}

    def test_stop_ends_the_sweep_between_batches(self, client, app, transfer_db, monkeypatch):
        monkeypatch.setattr(deadlines, "SWEEP_BATCH", 1)
        for case_id in range(1, 4):
            submit(client, case_id=case_id)
        _overdue(app, transfer_db, 3)
        stop = threading.Event()
        real = deadlines._remind

        def remind_then_sigterm(**kw):
            stop.set()  # SIGTERM arrives while the first batch is worked
            return real(**kw)

        monkeypatch.setattr(deadlines, "_remind", remind_then_sigterm)
        counts = _sweep(app, transfer_db, stop=stop)
        assert counts == {"reminder": 1, "supervision": 0}  # the batch in hand is finished, no more
        monkeypatch.setattr(deadlines, "_remind", real)
        assert _sweep(app, transfer_db) == {"reminder": 2, "supervision": 3}  # the next sweep resumes


class TestDeadlineSchedule:
    def test_the_next_sweep_waits_a_full_interval_after_a_long_one(self, monkeypatch):
        clock = SimpleNamespace(t=1000.0)
        monkeypatch.setattr("services.transfer.deadlines.worker.time.monotonic", lambda: clock.t)
        runs = []

        def slow_sweep(**_):
            runs.append(clock.t)
            clock.t += 300  # a sweep longer than the interval

        monkeypatch.setattr(deadlines, "sweep", slow_sweep)
        monkeypatch.setattr(deadlines, "refresh_calendar", lambda *a: 0)
        db = SimpleNamespace(session=lambda: _NullSession())
        app = SimpleNamespace(state=SimpleNamespace(ctx=None, intake=None, db=db))
        schedule = DeadlineSchedule(calendar_every=3600, sweep_every=60)
        stop = threading.Event()
        schedule.step(app, stop)
        schedule.step(app, stop)  # right after the long sweep: not again (was back to back)
        assert runs == [1000.0]
        clock.t += 60
        schedule.step(app, stop)
        assert runs == [1000.0, 1360.0]
        stop.set()
        clock.t += 600
        schedule.step(app, stop)  # stopping: no new sweep starts
        assert len(runs) == 2


class _NullSession:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False

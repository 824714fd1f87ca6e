"""Step deadlines on the working-day calendar, and the sweep's 催办/督办 of steps (National Day 2026)."""

from datetime import date, datetime, timedelta

from services.common.clock import SHANGHAI
from services.transfer.deadlines import service as deadlines
from tests.transfer import procedure_support
from tests.transfer.procedure_support import (
    CHECKER,
    TIAN,
    authorise,
    investigated,
    ok,
    reviewed,
    started,
    verified,
)

app, eligibility = procedure_support.app, procedure_support.eligibility  # the fixtures of these tests
# 2026: 1–7 October are holidays, Saturday 10 October is a make-up working day (调休)
EVE_OF_NATIONAL_DAY = date(2026, 9, 30)


def at(day: date, clock) -> None:
    clock.set(datetime(day.year, day.month, day.day, 9, 30, tzinfo=SHANGHAI))


def steps(proc: dict) -> dict[str, dict]:
    return {s["step"]: s for s in proc["steps"]}


def sweep(app) -> dict[str, int]:
    with app.state.db.session() as session:
        return deadlines.sweep(session=session, ctx=app.state.ctx)


class TestStepDeadlines:
    def test_visit_due_two_working_days_after_acceptance_across_national_day(self, client, clock):
        at(EVE_OF_NATIONAL_DAY, clock)
        slip = started(client, accepted=EVE_OF_NATIONAL_DAY)
        proc = ok(client.get(f"/v1/slips/{slip}/procedure", headers=TIAN))["procedure"]
        # accepted Wednesday 30 September; 1–7 October are holidays: day 1 is 8 October, day 2 is 9 October
        assert steps(proc)["authorisation"]["due_date"] == "2026-10-09"
        assert steps(proc)["investigation"]["due_date"] == "2026-10-09"
        # 临时救助 is decided within its own 20 working days (seed 000 §六), the slip's item deadline
        assert steps(proc)["approval"]["due_date"] == proc["item_due_date"]
        assert steps(proc)["verification"]["due_date"] is None  # starts its clock when reached

    def test_check_due_five_working_days_counting_the_make_up_saturday(self, client, clock):
        at(EVE_OF_NATIONAL_DAY, clock)
        slip = started(client, accepted=EVE_OF_NATIONAL_DAY)
        ok(authorise(client, slip, signed=EVE_OF_NATIONAL_DAY))
        at(date(2026, 10, 8), clock)  # Thursday after the holiday
        investigated_on = investigated(client, slip, when=date(2026, 10, 8))
        # from Thursday 8 October: Fri 9, Sat 10 (调休), Mon 12, Tue 13, Wed 14
        assert steps(investigated_on)["verification"]["due_date"] == "2026-10-14"
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/verification", json={}, headers=TIAN))
        check = ok(client.get(f"/v1/slips/{proc['check_slip_id']}", headers=CHECKER))
        assert check["due_date"] == "2026-10-14" and check["item_due_date"] == "2026-10-14"

    def test_disclosure_closing_due_the_first_working_day_after_seven_days(self, client, clock):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        verified(client, slip)
        at(date(2026, 11, 27), clock)  # Friday: 公示 27 November to 3 December
        proc = reviewed(client, slip)
        assert proc["disclosure_start_date"] == "2026-11-27" and proc["disclosure_end_date"] == "2026-12-03"
        assert (
            steps(proc)["disclosure"]["due_date"] == "2026-12-04"
        )  # Thursday 3rd ends it, Friday 4th closes


class TestSweep:
    def test_a_visit_not_made_is_reminded_then_supervised_once(self, app, client, clock, intake):
        at(EVE_OF_NATIONAL_DAY, clock)
        slip = started(client, accepted=EVE_OF_NATIONAL_DAY)
        ok(authorise(client, slip, signed=EVE_OF_NATIONAL_DAY))
        ok(procedure_support.assign(client, slip))
        at(date(2026, 10, 8), clock)  # one working day before the 9 October deadline: 催办
        assert sweep(app)["reminder"] >= 1
        at(date(2026, 10, 10), clock)  # the make-up Saturday: the visit is late, 督办
        counts = sweep(app)
        assert counts["supervision"] >= 1
        assert sweep(app) == {"reminder": 0, "supervision": 0}  # never twice
        detail = ok(client.get(f"/v1/slips/{slip}", headers=TIAN))
        texts = [e["detail"] for e in detail["timeline"] if e["kind"] in ("reminder", "supervision")]
        assert any("入户调查" in t and "田野、方圆" in t for t in texts)
        assert any("督办" in t and "入户调查" in t and "已逾期" in t for t in texts)
        while app.state.deliverer.run_once()["intake_events"]:
            pass
        assert {"reminder_sent", "supervision_opened"} <= set(intake.kinds())

    def test_a_finished_step_is_not_reminded(self, app, client, clock):
        at(EVE_OF_NATIONAL_DAY, clock)
        slip = started(client, accepted=EVE_OF_NATIONAL_DAY)
        ok(authorise(client, slip, signed=EVE_OF_NATIONAL_DAY))
        at(date(2026, 10, 8), clock)
        investigated(client, slip, when=date(2026, 10, 8))
        clock.advance(timedelta(days=1))
        sweep(app)
        detail = ok(client.get(f"/v1/slips/{slip}", headers=TIAN))
        assert not any("入户调查" in e["detail"] for e in detail["timeline"] if e["kind"] == "reminder")

"""Working-day deadlines, the sweep's reminders and supervision, the board, the calendar from intake."""

from datetime import date, timedelta

from sqlmodel import select

from services.transfer.deadlines.models import SlipReminder
from services.transfer.deadlines.service import refresh_calendar, sweep
from services.transfer.delivery.models import TransferOutbox
from services.transfer.slips.models import Slip, TransferCase
from services.transfer.slips.notify import INTAKE_TOPIC
from tests.conftest import TODAY, auth
from tests.transfer.conftest import event, submit

SUPERVISOR = auth("supervisor", "370211")


def _set_due(db, slip_id, due):
    with db.session() as s:
        slip = s.get(Slip, slip_id)
        slip.due_date = due
        s.add(slip)


def _sweep(app, db, now=None):
    with db.session() as s:
        return sweep(session=s, ctx=app.state.ctx, now=now)


class TestDeadlines:
    def test_opinion_due_three_working_days_after_receipt(self, client, app):
        slip = client.get(
            f"/v1/slips/{submit(client)['slips'][0]['id']}", headers=auth("admin", "370211")
        ).json()
        cal = app.state.ctx.calendar
        assert slip["opinion_due_date"] == cal.add_working_days(TODAY, 3).due_date.isoformat()
        assert cal.working_days_between(TODAY, date.fromisoformat(slip["opinion_due_date"])) == 3

    def test_item_limit_runs_from_acceptance(self, client, app):
        slip = submit(
            client,
            items=[
                {
                    "item_code": "a",
                    "item_name": "临时救助",
                    "time_limit_days": 20,
                    "route": {
                        "kind": "dispatch",
                        "receiver_department_type": "civil_affairs",
                        "receiver_region": "370211001",
                    },
                }
            ],
            accepted_date="2026-09-25",
        )
        detail = client.get(f"/v1/slips/{slip['slips'][0]['id']}", headers=auth("admin", "370211")).json()
        # National Day week 2026 (Oct 1-7 holidays, make-up days) is skipped by the calendar
        assert (
            detail["item_due_date"]
            == app.state.ctx.calendar.add_working_days(date(2026, 9, 25), 20).due_date.isoformat()
        )
        assert detail["item_due_date"] > "2026-10-23"


class TestSweep:
    def test_near_due_gets_a_reminder_overdue_gets_supervision_once(self, client, app, transfer_db):
        near = submit(client, case_id=1)["slips"][0]
        late = submit(client, case_id=2)["slips"][0]
        _set_due(transfer_db, near["id"], TODAY)
        _set_due(transfer_db, late["id"], TODAY - timedelta(days=3))
        assert _sweep(app, transfer_db) == {"reminder": 2, "supervision": 1}
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}  # no double reminders
        with transfer_db.session() as s:
            rows = s.exec(select(SlipReminder).order_by(SlipReminder.slip_id, SlipReminder.level)).all()
        assert [(r.slip_id, r.level) for r in rows] == [
            (near["id"], "reminder"),
            (late["id"], "reminder"),
            (late["id"], "supervision"),
        ]
        assert rows[0].reminded == "孙丽"
        detail = client.get(f"/v1/slips/{late['id']}", headers=SUPERVISOR).json()
        assert {"reminder", "supervision"} <= {e["kind"] for e in detail["timeline"]}
        # and the window that owns case 2 is told, through the outbox, once per reminder
        with transfer_db.session() as s:
            kinds = [
                m.data["event"]["kind"]
                for m in s.exec(select(TransferOutbox)).all()
                if m.topic == INTAKE_TOPIC and m.data["case_id"] == 2
            ]
        assert kinds.count("reminder_sent") == 1 and kinds.count("supervision_opened") == 1

    def test_late_emergency_paperwork_reminds_the_first_responder_then_supervision(
        self, client, app, transfer_db
    ):
        submit(
            client,
            case_id=5,
            emergency=True,
            emergency_aid={"given_by": "孙丽", "what": "临时生活救助金", "amount": "800.00"},
        )
        with transfer_db.session() as s:
            case = s.get(TransferCase, 5)
            case.paperwork_due_date = TODAY - timedelta(days=2)
            s.add(case)
        counts = _sweep(app, transfer_db)
        assert counts["supervision"] >= 1
        with transfer_db.session() as s:
            rows = s.exec(select(SlipReminder).where(SlipReminder.due_kind == "paperwork")).all()
        assert sorted(r.level for r in rows) == ["reminder", "supervision"]
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}  # once, whatever the replicas
        assert (
            client.post(
                "/v1/cases/5/paperwork-completed", headers=auth("window_staff", "370211001")
            ).status_code
            == 200
        )
        with transfer_db.session() as s:
            case = s.get(TransferCase, 5)
            case.paperwork_due_date = TODAY - timedelta(days=5)  # even a changed date: done is done
            s.add(case)
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}

    def test_b_is_reminded_when_a_is_away(self, client, app, transfer_db):
        slip = submit(client)["slips"][0]
        client.patch(
            "/v1/departments/370211001-civil", json={"a_away": True}, headers=auth("admin", "370211")
        )
        _set_due(transfer_db, slip["id"], TODAY)
        _sweep(app, transfer_db)
        with transfer_db.session() as s:
            assert (
                s.exec(select(SlipReminder)).one().reminded == "周婷"
            )  # the open slip followed the post to B

    def test_a_new_deadline_gets_its_own_reminder(self, client, app, transfer_db):
        slip = submit(client)["slips"][0]
        _set_due(transfer_db, slip["id"], TODAY)
        _sweep(app, transfer_db)
        event(client, slip["id"], {"type": "acknowledged"})
        event(client, slip["id"], {"type": "opinion", "opinion": "同意"})
        _set_due(transfer_db, slip["id"], TODAY)
        assert _sweep(app, transfer_db)["reminder"] == 1

    def test_finished_slips_are_left_alone(self, client, app, transfer_db):
        slip = submit(client)["slips"][0]
        event(client, slip["id"], {"type": "returned", "reason": "不属本部门"})
        assert _sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}


class TestBoardAndFilters:
    def test_overdue_filter_and_supervision_board(self, client, app, transfer_db):
        late = submit(client, case_id=1)["slips"][0]
        near = submit(client, case_id=2)["slips"][0]
        submit(client, case_id=3)
        _set_due(transfer_db, late["id"], TODAY - timedelta(days=1))
        _set_due(transfer_db, near["id"], TODAY)
        overdue = client.get("/v1/slips", params={"overdue": "true"}, headers=SUPERVISOR).json()
        assert [s["id"] for s in overdue] == [late["id"]] and overdue[0]["overdue"] is True
        not_overdue = client.get("/v1/slips", params={"overdue": "false"}, headers=SUPERVISOR).json()
        assert late["id"] not in [s["id"] for s in not_overdue]
        _sweep(app, transfer_db)
        board = client.get("/v1/supervision", headers=SUPERVISOR).json()
        assert [s["id"] for s in board["overdue"]] == [late["id"]]
        assert near["id"] in [s["id"] for s in board["near_due"]]
        assert {r["level"] for r in board["reminders"]} == {"reminder", "supervision"}
        assert board["overdue_total"] == 1 and board["near_due_total"] == len(board["near_due"]) >= 1

    def test_the_board_counts_past_its_page(self, client, transfer_db, monkeypatch):
        from services.transfer.slips import queries

        monkeypatch.setattr(
            queries.list_slips, "__kwdefaults__", {**queries.list_slips.__kwdefaults__, "limit": 2}
        )
        for case_id in (1, 2, 3):
            _set_due(
                transfer_db, submit(client, case_id=case_id)["slips"][0]["id"], TODAY - timedelta(days=1)
            )
        board = client.get("/v1/supervision", headers=SUPERVISOR).json()
        assert len(board["overdue"]) == 2 and board["overdue_total"] == 3

    def test_filters_by_kind_receiver_state_region(self, client):
        submit(client, case_id=1)
        admin = auth("admin", "370211")
        assert len(client.get("/v1/slips", params={"kind": "dispatch"}, headers=admin).json()) == 1
        assert client.get("/v1/slips", params={"kind": "assign"}, headers=admin).json() == []
        assert (
            len(
                client.get(
                    "/v1/slips", params={"receiver": "370211001-civil", "state": "delivered"}, headers=admin
                ).json()
            )
            == 1
        )
        assert client.get("/v1/slips", params={"region": "370211002"}, headers=admin).json() == []
        assert client.get("/v1/slips", params={"state": "bogus"}, headers=admin).status_code == 422

    def test_other_town_window_sees_nothing(self, client):
        submit(client)
        assert client.get("/v1/slips", headers=auth("window_staff", "370211002")).json() == []
        assert len(client.get("/v1/slips", headers=auth("window_staff", "370211")).json()) == 1


class TestCalendarFromIntake:
    def test_notices_are_loaded_and_override_the_package(self, app, intake):
        intake.notices = [
            {
                "year": 2027,
                "holidays": ["2027-01-01..2027-01-03"],
                "workdays": [],
                "reference": "国办发明电〔2026〕X号",
            }
        ]
        assert refresh_calendar(app.state.ctx, intake) == 1
        cal = app.state.ctx.calendar
        assert cal.source(2027) == "notice" and not cal.is_workday(date(2027, 1, 1))

    def test_unreachable_intake_keeps_the_package_data(self, app, intake):
        intake.down = True
        assert refresh_calendar(app.state.ctx, intake) == 0
        assert app.state.ctx.calendar.source(2026) == "chinesecalendar"

"""Issue 10 (performance at scale), transfer: the overdue list as a union of the ways a slip is seen,
the sweep's bookmark (no slip re-read or re-reminded), slip numbers taken last (gapless under
concurrency, no crosswise waits), and the intake lane sending several cases at once in order."""

import threading
from datetime import timedelta

import pytest
from sqlmodel import func, select

from services.common.auth import Principal
from services.common.outbox import enqueue
from services.transfer.app import create_app
from services.transfer.deadlines import service as deadlines
from services.transfer.deadlines.models import SlipReminder
from services.transfer.delivery.models import TransferOutbox
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from services.transfer.slips import issuing, queries
from services.transfer.slips.models import Slip, SlipEvent
from services.transfer.slips.notify import INTAKE_TOPIC
from services.transfer.slips.schemas import CaseSubmit
from tests.conftest import TODAY, auth
from tests.transfer.conftest import FakeIntake, case_payload, route, submit

SERVICE = Principal(subject="service:intake", role="service", name="intake")
DISTRICT_ITEM = {
    "item_code": "education_assistance",
    "item_name": "教育救助",
    "time_limit_days": 20,
    "route": route("assign", "education", "370211", "教育救助由区教育局办理"),
}
TOWN_ITEM = {
    "item_code": "temporary_assistance",
    "item_name": "临时救助",
    "time_limit_days": 20,
    "route": route(),
}
CALLERS = [
    Principal(subject="s1", role="supervisor", region="370211001"),
    Principal(subject="s2", role="supervisor", region="370211002"),
    Principal(subject="s3", role="supervisor", region="370211"),
    Principal(subject="w1", role="window_staff", region="370211001"),
    Principal(subject="w2", role="window_staff", region="370211002"),
    Principal(subject="w3", role="window_staff", region="370211"),
    Principal(subject="d1", role="department_staff", region="370211001", department_id="370211001-civil"),
    Principal(subject="a", role="admin", region=""),
]


def _late(db) -> None:
    """Every slip past its running deadline."""
    with db.session() as s:
        for slip in s.exec(select(Slip)).all():
            slip.due_date = TODAY - timedelta(days=3)
            s.add(slip)


class TestOverdueListUnion:
    @pytest.fixture
    def spread(self, client, app, transfer_db):
        # a street's own slip (seen by its window all three ways), one sent on to the district, one from
        # the other street to this street's office (seen only as receiver), and the other street's own
        submit(client, case_id=1, items=[TOWN_ITEM])
        submit(client, case_id=2, items=[DISTRICT_ITEM, TOWN_ITEM])
        submit(client, case_id=3, items=[TOWN_ITEM], window_region="370211002", case_number="XA-2026-00003")
        submit(
            client,
            case_id=4,
            items=[{**TOWN_ITEM, "route": route(region="370211002")}],
            window_region="370211002",
            case_number="XA-2026-00004",
        )
        _late(transfer_db)
        return app, transfer_db

    def test_each_caller_sees_the_same_slips_as_through_the_one_query(self, spread):
        app, db = spread
        for overdue in (True, None):
            for caller in CALLERS:
                with db.session() as s:
                    listed = queries.list_slips(
                        session=s, ctx=app.state.ctx, principal=caller, overdue=overdue
                    )
                    reference = s.exec(
                        queries.slip_query(session=s, ctx=app.state.ctx, principal=caller, overdue=overdue)
                    ).all()
                ids = [x.id for x in listed]
                assert len(ids) == len(set(ids)), caller  # a slip seen two ways is listed once
                assert ids == sorted((r.id for r in reference), reverse=True), caller

    def test_a_slip_seen_three_ways_is_listed_once(self, spread, client):
        street = auth("supervisor", "370211001")
        answer = client.get("/v1/slips", params={"overdue": "true"}, headers=street).json()
        ids = [s["id"] for s in answer]
        assert len(ids) == len(set(ids)) and len(ids) == 4  # case 1's, case 2's two, case 3's
        assert ids == sorted(ids, reverse=True)
        assert all(s["overdue"] for s in answer)
        assert {s["applicant_name_masked"] for s in answer} == {"张*丰"}

    def test_the_page_is_the_newest_of_the_union(self, spread):
        app, db = spread
        with db.session() as s:
            everything = queries.list_slips(session=s, ctx=app.state.ctx, principal=CALLERS[0])
            for limit in (1, 2, 3):
                page = queries.list_slips(session=s, ctx=app.state.ctx, principal=CALLERS[0], limit=limit)
                assert [x.id for x in page] == [x.id for x in everything][:limit]


class TestSweepBookmark:
    def _sweep(self, app, db):
        with db.session() as s:
            return deadlines.sweep(session=s, ctx=app.state.ctx)

    def _bookmarks(self, db):
        with db.session() as s:
            return {r.id: (r.reminded_due_kind, r.reminded_level) for r in s.exec(select(Slip)).all()}

    def test_supervised_slips_are_not_read_again(self, client, app, transfer_db):
        for case_id in (1, 2):
            submit(client, case_id=case_id)
        _late(transfer_db)
        assert self._sweep(app, transfer_db) == {"reminder": 2, "supervision": 2}
        assert set(self._bookmarks(transfer_db).values()) == {("opinion", "supervision")}
        limit = TODAY + timedelta(days=30)
        with transfer_db.session() as s:
            for level in ("reminder", "supervision"):
                assert s.exec(deadlines.missing(level, today=TODAY, limit=limit)).all() == []
        assert self._sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}

    def test_a_new_running_deadline_is_reminded_again(self, client, app, transfer_db):
        submit(client)
        _late(transfer_db)
        self._sweep(app, transfer_db)
        with transfer_db.session() as s:
            slip = s.exec(select(Slip)).one()
            slip.state, slip.due_kind = "opinion_given", "handling"  # its opinion given, handling now late
            s.add(slip)
        assert self._sweep(app, transfer_db) == {"reminder": 1, "supervision": 1}
        assert set(self._bookmarks(transfer_db).values()) == {("handling", "supervision")}
        with transfer_db.session() as s:
            kinds = s.exec(select(SlipReminder.due_kind, SlipReminder.level)).all()
        assert sorted(kinds) == sorted(
            [
                ("opinion", "reminder"),
                ("opinion", "supervision"),
                ("handling", "reminder"),
                ("handling", "supervision"),
            ]
        )

    def test_a_lost_bookmark_is_restored_without_a_second_reminder(self, client, app, transfer_db):
        submit(client)
        _late(transfer_db)
        self._sweep(app, transfer_db)
        with transfer_db.session() as s:
            slip = s.exec(select(Slip)).one()
            slip.reminded_due_kind = slip.reminded_level = None  # as a replica that lost its bookmark
            s.add(slip)
            records = s.exec(select(func.count()).select_from(SlipReminder)).one()
        assert self._sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}
        assert set(self._bookmarks(transfer_db).values()) == {("opinion", "supervision")}
        with transfer_db.session() as s:
            assert s.exec(select(func.count()).select_from(SlipReminder)).one() == records

    def test_near_due_is_reminded_once_and_supervised_when_late(self, client, app, transfer_db):
        submit(client)
        with transfer_db.session() as s:
            slip = s.exec(select(Slip)).one()
            slip.due_date = TODAY  # due today: near due, not late
            s.add(slip)
        assert self._sweep(app, transfer_db) == {"reminder": 1, "supervision": 0}
        assert self._sweep(app, transfer_db) == {"reminder": 0, "supervision": 0}
        assert set(self._bookmarks(transfer_db).values()) == {("opinion", "reminder")}
        _late(transfer_db)
        assert self._sweep(app, transfer_db) == {"reminder": 0, "supervision": 1}


@pytest.fixture
def live(committed_transfer_db):
    db = committed_transfer_db
    load_demo(db)
    app = create_app(settings=TransferSettings(run_workers=False), db=db, intake=FakeIntake())
    return app, db


def _parallel(n, target):
    errors, threads = [], []

    def run(i):
        try:
            target(i)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


class TestNumbersTakenLast:
    def test_mixed_kinds_in_either_order_stay_gapless_per_kind(self, live):
        """Cases with a 分办 and a 转送 each, in either order, at once: no crosswise wait, no gap, no repeat."""
        app, db = live

        def submit_one(i):
            items = [TOWN_ITEM, DISTRICT_ITEM] if i % 2 else [DISTRICT_ITEM, TOWN_ITEM]
            with db.session() as s:
                issuing.submit_case(
                    session=s,
                    ctx=app.state.ctx,
                    body=CaseSubmit(**case_payload(200 + i, items)),
                    idempotency_key=f"case-{200 + i}",
                    principal=SERVICE,
                )

        assert _parallel(10, submit_one) == []
        with db.session() as s:
            slips = s.exec(select(Slip).order_by(Slip.id)).all()
        assert len(slips) == 20
        by_prefix: dict[str, list[int]] = {}
        for slip in slips:
            prefix, _, seq = slip.number.rsplit("-", 2)
            by_prefix.setdefault(prefix, []).append(int(seq))
        assert len(by_prefix) == 2
        for seqs in by_prefix.values():
            assert sorted(seqs) == list(range(min(seqs), min(seqs) + 10))
        # the history and intake's event carry the number the slip got at the end
        with db.session() as s:
            for slip in slips:
                issued = s.exec(
                    select(SlipEvent).where(SlipEvent.slip_id == slip.id, SlipEvent.kind == "issued")
                ).one()
                assert f" {slip.number}：" in issued.detail
                queued = s.exec(
                    select(TransferOutbox).where(
                        TransferOutbox.dedupe_key.startswith(f"transfer-{slip.id}-issued-")
                    )
                ).one()
                assert queued.data["event"]["slip_number"] == slip.number

    def test_a_refused_submission_leaves_no_gap(self, live):
        app, db = live
        with db.session() as s:
            issuing.submit_case(
                session=s,
                ctx=app.state.ctx,
                body=CaseSubmit(**case_payload(1)),
                idempotency_key="case-1",
                principal=SERVICE,
            )
        bad = case_payload(2, [{**TOWN_ITEM, "route": route(dtype="no_such_type")}, TOWN_ITEM])
        with pytest.raises(Exception), db.session() as s:  # noqa: B017 any refusal
            issuing.submit_case(
                session=s,
                ctx=app.state.ctx,
                body=CaseSubmit(**bad),
                idempotency_key="case-2",
                principal=SERVICE,
            )
        with db.session() as s:
            issuing.submit_case(
                session=s,
                ctx=app.state.ctx,
                body=CaseSubmit(**case_payload(3)),
                idempotency_key="case-3",
                principal=SERVICE,
            )
        with db.session() as s:
            numbers = [int(n.rsplit("-", 1)[1]) for n in s.exec(select(Slip.number).order_by(Slip.id)).all()]
        assert numbers == [numbers[0], numbers[0] + 1]


class TestIntakeLaneCasesAtOnce:
    def test_each_cases_events_arrive_in_order(self, live):
        app, db = live
        with db.session() as s:
            for n in range(5):
                for case_id in (1, 2, 3):
                    event_id = f"e-{case_id}-{n}"
                    enqueue(
                        s,
                        TransferOutbox,
                        topic=INTAKE_TOPIC,
                        payload={"case_id": case_id, "event": {"event_id": event_id, "kind": "slip_issued"}},
                        dedupe_key=event_id,
                        destination=f"intake:{case_id}",
                    )
        intake = app.state.deliverer.intake
        assert app.state.deliverer.run_intake(cases_at_once=4) == 15
        for case_id in (1, 2, 3):
            sent = [e["event_id"] for e in intake.events if e["path"] == f"/v1/applications/{case_id}/events"]
            assert sent == [f"e-{case_id}-{n}" for n in range(5)]
        assert app.state.deliverer.run_intake(cases_at_once=4) == 0


class TestNoStandInLeftBehind:
    def test_numbers_reach_history_messages_webhooks_and_aid(self, client, transfer_db):
        """A callback-mode receiver (webhook queued) and 先行救助 with the case: every text carries the number."""
        admin = auth("admin", "370211")
        body = {"integration_mode": "callback", "callback_url": "https://partner.test/hook"}
        assert client.patch("/v1/departments/370211001-civil", json=body, headers=admin).status_code == 200
        assert client.post(
            "/v1/departments/370211001-civil/signing-secret", json={}, headers=admin
        ).is_success
        aid = {"given_by": "街道", "what": "救助金", "amount": "500.00"}
        answer = submit(
            client, case_id=7, items=[TOWN_ITEM, DISTRICT_ITEM], emergency=True, emergency_aid=aid
        )
        numbers = {s["number"] for s in answer["slips"]}
        assert all(not n.startswith("~") for n in numbers) and len(numbers) == 2
        with transfer_db.session() as s:
            assert {x.number for x in s.exec(select(Slip)).all()} == numbers
            texts = [e.detail for e in s.exec(select(SlipEvent)).all()]
            texts += [m.payload for m in s.exec(select(TransferOutbox)).all()]
        assert not [t for t in texts if "~" in t]
        assert sum(1 for t in texts if "slip.issued" in t) == 1  # the webhook is there, numbered
        assert all(any(n in t for t in texts) for n in numbers)

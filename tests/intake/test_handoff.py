"""Acceptance hands the case to transfer through the outbox: never lost, never twice."""

from datetime import timedelta

from sqlmodel import select

from services.common.outbox import utcnow
from services.intake.handoff.models import IntakeOutbox
from services.intake.handoff.service import deliver_handoffs
from tests.intake.conftest import WINDOW, accepted_case


def _run(app, later_hours: float = 0) -> int:
    return deliver_handoffs(
        app.state.db, app.state.handoff_sender, now=utcnow() + timedelta(hours=later_hours)
    )


class TestHandoff:
    def test_transfer_down_acceptance_stands_then_delivered_once(self, client, intake_app, fakes):
        eligibility, transfer = fakes
        transfer.down = True
        case = accepted_case(client, "2026-11-02")
        assert case["status"] == "accepted"
        assert _run(intake_app) == 0
        with intake_app.state.db.session() as session:
            message = session.exec(select(IntakeOutbox)).one()
            assert (
                message.status == "pending"
                and message.attempts == 1
                and message.dedupe_key == f"case-{case['id']}"
            )
        transfer.down = False
        assert _run(intake_app, later_hours=2) == 1
        assert _run(intake_app, later_hours=4) == 0
        assert list(transfer.cases) == [f"case-{case['id']}"]
        payload = transfer.cases[f"case-{case['id']}"]["payload"]
        assert payload["items"][0]["route"]["kind"] == "dispatch" and payload["due_date"] == case["due_date"]
        assert payload["first_responder"]["username"] == "window_hd"
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["slips"][0]["number"].startswith("FB-") and detail["handed_over_at"]
        assert [t["kind"] for t in detail["timeline"]].count("handed_over") == 1

    def test_eligibility_down_also_retries(self, client, intake_app, fakes):
        eligibility, transfer = fakes
        accepted_case(client, "2026-11-02")
        eligibility.down = True  # routing is resolved at send time
        assert _run(intake_app) == 0 and transfer.calls == 0
        eligibility.down = False
        assert _run(intake_app, later_hours=2) == 1

    def test_rejected_acceptance_sends_nothing(self, client, intake_app, fakes):
        from tests.intake.conftest import register

        case = register(client)
        client.post(f"/v1/applications/{case['id']}/withdraw", json={"reason": "撤回"}, headers=WINDOW)
        assert _run(intake_app) == 0 and fakes[1].calls == 0


class TestWithRealTransfer:
    def test_accepted_case_becomes_slips_once(self, intake_db, transfer_db, fakes, make_client):
        from starlette.testclient import TestClient

        from services.common.settings import DEMO_AUTH_SECRET
        from services.intake.app import create_app
        from services.intake.settings import IntakeSettings
        from services.transfer.app import create_app as transfer_app
        from services.transfer.client import TransferClient
        from services.transfer.demo import load_demo

        load_demo(transfer_db)
        transfer = transfer_app(db=transfer_db, eligibility=fakes[0])
        transfer.state.settings.run_workers = False
        http = TestClient(transfer, base_url="http://transfer")
        client_t = TransferClient(
            "http://transfer", client=http, auth_secret=DEMO_AUTH_SECRET, caller="intake"
        )
        app = create_app(
            settings=IntakeSettings(database_url="sqlite://", run_workers=False),
            db=intake_db,
            eligibility=fakes[0],
            transfer=client_t,
        )
        client = make_client(app)
        case = accepted_case(client, "2026-11-02")
        assert _run(app) == 1
        with app.state.db.session() as session:
            message = session.exec(select(IntakeOutbox)).one()
            message.status, message.next_attempt_at = (
                "pending",
                utcnow(),
            )  # force a resend: transfer must not duplicate
            session.add(message)
        assert _run(app) == 1
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert len(detail["slips"]) == 1 and detail["slips"][0]["number"]
        assert [t["kind"] for t in detail["timeline"]].count("handed_over") == 1  # and one timeline line
        http.close()

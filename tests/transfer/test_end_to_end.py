"""Issue 5's end-to-end: a town window's case reaches the district window as an escalate slip, is
assigned on to a bureau whose own system (a real HTTP partner stub on 127.0.0.1) verifies our
Standard Webhooks signatures, is down for a while, comes back, answers with duplicate callbacks —
and every step reaches the intake case timeline (a real HTTP intake receiver)."""

import socket
import threading
import time
from contextlib import contextmanager
from datetime import timedelta

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Header, Request, Response
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from services.common.outbox import utcnow
from services.common.settings import DEMO_AUTH_SECRET, PlatformSettings
from services.intake.client import IntakeClient
from services.transfer.app import create_app
from services.transfer.client import TransferClient
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import token_for
from tests.transfer.conftest import case_payload, route

pytestmark = pytest.mark.e2e


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app, port: int):
    """Run an ASGI app with uvicorn in a thread on 127.0.0.1:port until the block ends."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class PartnerSystem:
    """The housing bureau's own system: verifies every push, refuses forged ones."""

    def __init__(self):
        self.secret = ""
        self.received: list[dict] = []
        self.rejected = 0
        self.app = FastAPI()

        @self.app.post("/yimen/hooks")
        async def hook(request: Request):
            body = await request.body()
            try:
                payload = Webhook(self.secret).verify(body, dict(request.headers))
            except WebhookVerificationError:
                self.rejected += 1
                return Response(status_code=401)
            self.received.append({"id": request.headers["webhook-id"], **payload})
            return Response(status_code=204)


class IntakeReceiver:
    """Intake's event endpoints as contracted: one event (idempotent on Idempotency-Key, 202) or many."""

    def __init__(self):
        self.events: list[dict] = []
        self.keys: set[str] = set()
        self.app = FastAPI()

        @self.app.post("/v1/applications/events")
        def receive_batch(body: dict):
            results = []
            for event in body["events"]:
                if event["event_id"] not in self.keys:
                    self.keys.add(event["event_id"])
                    self.events.append({"case_id": event.pop("application_id"), **event})
                results.append({"event_id": event["event_id"], "recorded": True})
            return {"results": results}

        @self.app.post("/v1/applications/{case_id}/events", status_code=202)
        def receive(case_id: int, event: dict, idempotency_key: str = Header(alias="Idempotency-Key")):
            if idempotency_key not in self.keys:
                self.keys.add(idempotency_key)
                self.events.append({"case_id": case_id, **event})
            return {}

        @self.app.get("/v1/calendar/notices")
        def notices():
            return []


def test_town_case_escalated_assigned_answered_by_partner_over_signed_callbacks(committed_transfer_db):
    db = committed_transfer_db
    load_demo(db)
    intake_stub, partner = IntakeReceiver(), PartnerSystem()
    ports = {"transfer": _port(), "intake": _port(), "partner": _port()}
    urls = {k: f"http://127.0.0.1:{p}" for k, p in ports.items()}
    platform = PlatformSettings(transfer_url=urls["transfer"], intake_url=urls["intake"])
    settings = TransferSettings(run_workers=False, platform=platform)
    intake_client = IntakeClient(urls["intake"], auth_secret=DEMO_AUTH_SECRET, caller="transfer", retries=0)
    app = create_app(settings=settings, db=db, intake=intake_client)
    deliverer = app.state.deliverer
    admin = token_for("admin", "370211")

    with serve(intake_stub.app, ports["intake"]), serve(app, ports["transfer"]) as transfer_url:
        as_intake = TransferClient(transfer_url, auth_secret=DEMO_AUTH_SECRET, caller="intake")
        # the administrator connects the housing bureau's system: secret and token shown once
        as_intake.update_department(
            "370211-housing",
            {"integration_mode": "callback", "callback_url": f"{urls['partner']}/yimen/hooks"},
            token=admin,
        )
        partner.secret = as_intake.rotate_secret("370211-housing", token=admin).signing_secret
        partner_token = as_intake.issue_partner_token("370211-housing", token=admin).client_token

        # 1. the town window (黄岛街道) accepted a housing item it cannot handle: escalate
        payload = case_payload(
            42,
            items=[
                {
                    "item_code": "housing_assistance",
                    "item_name": "住房救助",
                    "route": route("escalate", "civil_affairs", "370211", "街道不能办理住房救助"),
                }
            ],
        )
        escalate = as_intake.submit_case(payload, "case-42").slips[0]
        assert escalate.kind == "escalate" and escalate.receiver_id == "370211-window"
        assert as_intake.submit_case(payload, "case-42").slips[0] == escalate  # intake's retry: same slip

        # 2. the district window acknowledges it and assigns it on to the housing bureau
        window = token_for("window_staff", "370211", name="陈静")
        as_intake.post_event(escalate.id, {"type": "acknowledged"}, token=window)
        assigned = as_intake.forward_slip(
            escalate.id,
            {"route": route("assign", "housing", "370211", "住房救助由区住建局办理")},
            token=window,
        )
        assert assigned.kind == "assign" and assigned.receiver_id == "370211-housing"

        # 3. the partner system is down: the push fails, is logged, and waits
        assert deliverer.run_once()["webhooks"] == 0
        log = as_intake.deliveries(assigned.id, token=admin)
        assert log.attempts[0].outcome == "failed" and log.attempts[0].status_code is None

        # 4. it comes back: the retry arrives signed, with the same webhook id
        with serve(partner.app, ports["partner"]):
            assert deliverer.run_once(now=utcnow() + timedelta(hours=1))["webhooks"] == 1
            assert partner.rejected == 0 and len(partner.received) == 1
            message = partner.received[0]
            assert message["type"] == "slip.issued" and message["id"] == log.messages[0].webhook_id
            assert "id_number" not in str(message) and "张三丰" not in str(message)

            # 5. the partner fetches the details with its token, then answers, retrying every call once
            partner_api = httpx.Client(headers={"Authorization": f"Bearer {partner_token}"}, timeout=10)
            details = partner_api.get(message["data"]["links"]["self"]).json()
            assert details["state"] == "delivered" and details["applicant_name"] == "张三丰"
            events_url = message["data"]["links"]["events"]
            answers = [
                ("ack", {"type": "acknowledged", "handler": "吴刚"}),
                ("opinion", {"type": "opinion", "opinion": "符合住房救助条件，拟给予租赁补贴"}),
                (
                    "result",
                    {"type": "result", "outcome": "approved", "amount": "3000.00", "reason": "经局务会审批"},
                ),
                (
                    "feedback",
                    {
                        "type": "feedback",
                        "to_applicant": "已电话告知申请人",
                        "to_window": "已办结",
                        "signed_by": "冯局长",
                    },
                ),
            ]
            for key, body in answers:
                first = partner_api.post(events_url, json=body, headers={"Idempotency-Key": f"hb-{key}"})
                again = partner_api.post(events_url, json=body, headers={"Idempotency-Key": f"hb-{key}"})
                assert first.status_code == again.status_code == 200 and first.json() == again.json()
            # a department cannot touch another's slip
            assert partner_api.post(
                f"{transfer_url}/v1/slips/{escalate.id}/events", json={"type": "acknowledged"}
            ).status_code in (403, 404)
            partner_api.close()

        # 6. every step reaches the intake case timeline, once each
        deliverer.run_once()
        kinds = [(e["slip_id"], e["kind"]) for e in intake_stub.events]
        assert kinds == [
            (escalate.id, "slip_issued"),
            (escalate.id, "slip_delivered"),
            (escalate.id, "slip_acknowledged"),
            (assigned.id, "slip_issued"),
            (assigned.id, "slip_delivered"),
            (assigned.id, "slip_acknowledged"),
            (assigned.id, "opinion_given"),
            (assigned.id, "result_given"),
            (assigned.id, "grant_recorded"),
            (assigned.id, "feedback_given"),
        ]
        assert all(e["case_id"] == 42 for e in intake_stub.events)
        assert intake_stub.events[-1]["all_slips_completed"] is True
        final = as_intake.get_slip(assigned.id, token=window)
        assert final.state == "feedback_given" and final.signed_by == "冯局长"
        summary = as_intake.grants_summary([payload["applicant"]["id_number"]], utcnow().year)
        assert summary.granted_amount_this_year == "3000.00"

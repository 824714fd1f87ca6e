"""Webhooks to callback-mode partners: signed, thin, retried with backoff, disabled when dead, replayable."""

import json
from datetime import timedelta

import httpx
import pytest
from sqlmodel import select
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from services.common.outbox import utcnow
from services.transfer.app import create_app
from services.transfer.delivery.models import DeliveryAlert, TransferOutbox
from services.transfer.delivery.worker import retry_after_seconds
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import auth
from tests.transfer.conftest import APPLICANT_ID, FakeIntake, route, submit

ADMIN = auth("admin", "370211")


class Partner:
    """A scripted partner endpoint (httpx MockTransport): answers in turn, records what it got."""

    def __init__(self):
        self.answers: list[httpx.Response] = []
        self.received: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.received.append(request)
        if self.answers:
            answer = self.answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer
        return httpx.Response(204)


@pytest.fixture
def partner():
    return Partner()


@pytest.fixture
def papp(transfer_db, partner):
    load_demo(transfer_db)
    return create_app(
        settings=TransferSettings(run_workers=False),
        db=transfer_db,
        intake=FakeIntake(),
        webhook_http=httpx.Client(transport=httpx.MockTransport(partner)),
    )


@pytest.fixture
def pclient(papp, make_client):
    client = make_client(papp)
    answer = client.patch(
        "/v1/departments/370211001-civil",
        headers=ADMIN,
        json={"integration_mode": "callback", "callback_url": "https://partner.test/hook"},
    )
    assert answer.status_code == 200
    rotated = client.post("/v1/departments/370211001-civil/signing-secret", json={}, headers=ADMIN).json()
    client.secret = rotated["signing_secret"]
    return client


def _later(hours):
    return utcnow() + timedelta(hours=hours)


class TestSignedThinWebhook:
    def test_partner_gets_a_verifiable_thin_message_and_slip_becomes_delivered(self, pclient, papp, partner):
        slip = submit(pclient)["slips"][0]
        before = pclient.get(f"/v1/slips/{slip['id']}", headers=ADMIN).json()
        assert before["state"] == "issued"
        assert papp.state.deliverer.run_once()["webhooks"] == 1
        request = partner.received[0]
        payload = Webhook(pclient.secret).verify(request.content, dict(request.headers))
        assert payload["type"] == "slip.issued"
        assert payload["data"]["slip_id"] == slip["id"] and payload["data"]["case_number"] == "HD-2026-00001"
        assert payload["data"]["links"]["self"].endswith(f"/v1/slips/{slip['id']}")
        assert APPLICANT_ID not in request.content.decode() and "张三丰" not in request.content.decode()
        after = pclient.get(f"/v1/slips/{slip['id']}", headers=ADMIN).json()
        assert after["state"] == "delivered"
        log = pclient.get(f"/v1/slips/{slip['id']}/deliveries", headers=ADMIN).json()
        attempt = log["attempts"][0]
        assert (
            attempt["outcome"] == "delivered" and attempt["status_code"] == 204 and attempt["latency_ms"] >= 0
        )
        assert 'transfer_webhook_attempts_total{outcome="delivered"} 1.0' in pclient.get("/metrics").text

    def test_a_wrong_secret_does_not_verify(self, pclient, papp, partner):
        submit(pclient)
        papp.state.deliverer.run_once()
        request = partner.received[0]
        with pytest.raises(WebhookVerificationError):
            Webhook("whsec_" + "A" * 32).verify(request.content, dict(request.headers))

    def test_during_rotation_both_secrets_sign(self, pclient, papp, partner):
        old = pclient.secret
        new = pclient.post(
            "/v1/departments/370211001-civil/signing-secret", json={"overlap_hours": 2}, headers=ADMIN
        ).json()["signing_secret"]
        submit(pclient)
        papp.state.deliverer.run_once()
        request = partner.received[0]
        assert len(request.headers["webhook-signature"].split(" ")) == 2
        for secret in (old, new):
            Webhook(secret).verify(request.content, dict(request.headers))


class TestRetries:
    def test_failure_retries_later_with_the_same_webhook_id(self, pclient, papp, partner):
        slip = submit(pclient)["slips"][0]
        partner.answers = [httpx.Response(500), httpx.Response(200)]
        assert papp.state.deliverer.run_once()["webhooks"] == 0
        assert papp.state.deliverer.run_once()["webhooks"] == 0  # not due yet
        assert papp.state.deliverer.run_once(now=_later(1))["webhooks"] == 1
        ids = {r.headers["webhook-id"] for r in partner.received}
        assert len(partner.received) == 2 and len(ids) == 1
        outcomes = [
            a["outcome"]
            for a in pclient.get(f"/v1/slips/{slip['id']}/deliveries", headers=ADMIN).json()["attempts"]
        ]
        assert outcomes == ["failed", "delivered"]

    def test_redirect_is_a_failure(self, pclient, papp, partner):
        submit(pclient)
        partner.answers = [httpx.Response(302, headers={"location": "https://elsewhere.test/"})]
        assert papp.state.deliverer.run_once()["webhooks"] == 0
        assert len(partner.received) == 1  # never followed

    def test_retry_after_is_honoured(self, pclient, papp, partner, transfer_db):
        submit(pclient)
        partner.answers = [httpx.Response(503, headers={"Retry-After": "7200"})]
        papp.state.deliverer.run_once()
        with transfer_db.session() as s:
            message = s.exec(select(TransferOutbox).where(TransferOutbox.topic == "partner.webhook")).one()
            due = (
                message.next_attempt_at
                if message.next_attempt_at.tzinfo
                else message.next_attempt_at.replace(tzinfo=utcnow().tzinfo)
            )
        assert due >= utcnow() + timedelta(seconds=7100)

    def test_retry_after_parsing(self):
        now = utcnow()
        assert retry_after_seconds("120", now) == 120
        assert retry_after_seconds("99999999", now) == 86400
        http_date = (now + timedelta(seconds=600)).strftime("%a, %d %b %Y %H:%M:%S GMT")
        assert 590 <= retry_after_seconds(http_date, now) <= 600
        assert retry_after_seconds("soon", now) is None

    def test_schedule_spans_more_than_a_day(self, papp):
        deliverer = papp.state.deliverer
        total = sum(deliverer.retry_delay(n) for n in range(1, deliverer.max_webhook_attempts))
        assert total >= 24 * 3600


class TestPersistentFailure:
    def _exhaust(self, papp, partner):
        deliverer = papp.state.deliverer
        partner.answers = [httpx.ConnectError("refused")] * deliverer.max_webhook_attempts
        for day in range(deliverer.max_webhook_attempts):
            deliverer.run_once(now=_later(24 * (day + 1)))

    def test_endpoint_disabled_with_alert_then_re_enabled_and_replayed(
        self, pclient, papp, partner, transfer_db
    ):
        slip = submit(pclient)["slips"][0]
        self._exhaust(papp, partner)
        dept = pclient.get("/v1/departments/370211001-civil", headers=ADMIN).json()
        assert dept["callback_disabled"] is True and dept["open_alerts"]
        log = pclient.get(f"/v1/slips/{slip['id']}/deliveries", headers=ADMIN).json()
        assert log["attempts"][-1]["outcome"] == "dead" and log["messages"][0]["status"] == "dead"
        # new slips for a disabled endpoint are held, not hammered
        submit(pclient, case_id=2)
        sent = len(partner.received)
        papp.state.deliverer.run_once(now=_later(24 * 30))
        assert len(partner.received) == sent
        assert pclient.post(f"/v1/slips/{slip['id']}/deliveries/replay", headers=ADMIN).status_code == 409
        # the administrator fixes the endpoint: alert resolved, held and dead messages go out
        pclient.patch("/v1/departments/370211001-civil", json={"callback_disabled": False}, headers=ADMIN)
        assert papp.state.deliverer.run_once()["webhooks"] == 2
        with transfer_db.session() as s:
            assert all(a.resolved_at for a in s.exec(select(DeliveryAlert)).all())

    def test_replay_resends_an_exhausted_message(self, pclient, papp, partner, transfer_db):
        slip = submit(pclient)["slips"][0]
        partner.answers = [httpx.Response(500)]
        papp.state.deliverer.run_once()
        with transfer_db.session() as s:
            m = s.exec(select(TransferOutbox).where(TransferOutbox.topic == "partner.webhook")).one()
            m.status = "dead"
            s.add(m)
        answer = pclient.post(f"/v1/slips/{slip['id']}/deliveries/replay", headers=auth("window_staff"))
        assert answer.status_code == 200 and answer.json()["replayed"] == 1
        assert papp.state.deliverer.run_once()["webhooks"] == 1


class TestPartnerReads:
    def test_partner_fetches_details_with_its_token_and_the_read_is_audited(self, pclient, papp, transfer_db):
        from services.transfer.slips.models import SlipAccess

        token = pclient.post("/v1/departments/370211001-civil/client-token", headers=ADMIN).json()[
            "client_token"
        ]
        slip = submit(pclient)["slips"][0]
        other = submit(
            pclient,
            case_id=2,
            items=[{"item_code": "x", "item_name": "x", "route": route(region="370211002")}],
        )["slips"][0]
        headers = {"Authorization": f"Bearer {token}"}
        detail = pclient.get(f"/v1/slips/{slip['id']}", headers=headers)
        assert detail.status_code == 200 and detail.json()["applicant_id_number"] == APPLICANT_ID
        assert pclient.get(f"/v1/slips/{other['id']}", headers=headers).status_code == 404
        assert [s["id"] for s in pclient.get("/v1/slips", headers=headers).json()] == [slip["id"]]
        with transfer_db.session() as s:
            reads = s.exec(select(SlipAccess).where(SlipAccess.slip_id == slip["id"])).all()
        assert [(r.role, r.department_id) for r in reads if r.role == "partner"] == [
            ("partner", "370211001-civil")
        ]
        log = pclient.get(f"/v1/slips/{slip['id']}/access-log", headers=auth("supervisor", "370211")).json()
        assert log[0]["subject"] == "partner:370211001-civil"
        assert pclient.get(f"/v1/slips/{slip['id']}/access-log", headers=headers).status_code == 403


class TestOpenAPI:
    def test_webhooks_are_documented(self, pclient):
        doc = pclient.get("/openapi.json").json()
        assert {"slip.issued", "slip.reminder", "slip.supervision"} <= set(doc["webhooks"])
        assert json.dumps(doc["webhooks"]["slip.issued"]).count("SlipMessage") >= 1


class TestIntakeEvents:
    def test_intake_down_means_retry_later_never_loss(self, client, app, intake):
        intake.down = True
        submit(client)
        assert app.state.deliverer.run_once()["intake_events"] == 0
        intake.down = False
        assert app.state.deliverer.run_once()["intake_events"] == 0  # backing off
        assert app.state.deliverer.run_once(now=_later(1))["intake_events"] == 2
        assert intake.kinds() == ["slip_issued", "slip_delivered"]
        assert len({e["event_id"] for e in intake.events}) == 2

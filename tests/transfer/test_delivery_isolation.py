"""Delivery isolation and retries (issue 11): a hanging partner holds up only its own messages, intake
events have their own lane, retry waits count from the failure, the lease outlasts a batch, and an
attempt on an endpoint disabled mid-pass is on record."""

import threading
import time
from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from services.common import outbox
from services.common.outbox import RetryLater, deliver_pending, enqueue, utcnow
from services.transfer.app import create_app, delivery_worker, intake_events_worker
from services.transfer.delivery import alerts
from services.transfer.delivery.models import SlipDelivery, TransferOutbox
from services.transfer.demo import load_demo
from services.transfer.departments.models import Department
from services.transfer.settings import TransferSettings
from tests.conftest import auth
from tests.transfer.conftest import FakeIntake, route, submit

ADMIN = auth("admin", "370211")
PROMPTLY = 5.0  # seconds: the bound for how long a hanging partner may delay others


def _wait_for(condition, seconds: float) -> bool:
    """Poll until `condition()` holds or `seconds` pass (an explicit wait, not a sleep-and-hope)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _callback(client, department_id: str, url: str) -> None:
    body = {"integration_mode": "callback", "callback_url": url}
    assert client.patch(f"/v1/departments/{department_id}", json=body, headers=ADMIN).status_code == 200
    assert client.post(f"/v1/departments/{department_id}/signing-secret", json={}, headers=ADMIN).is_success


class HangingAndFastPartners:
    """slow.test never answers until released (as a partner hanging until our timeout); fast.test answers 204."""

    def __init__(self):
        self.release = threading.Event()
        self.slow_called = threading.Event()
        self.fast: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "slow.test":
            self.slow_called.set()
            _wait_for(self.release.is_set, 60)
            return httpx.Response(204)
        self.fast.append(request.headers["webhook-id"])
        return httpx.Response(204)


class TestOneHangingPartner:
    def test_others_and_intake_are_not_held_up(self, committed_transfer_db, make_client):
        load_demo(committed_transfer_db)
        partners, intake = HangingAndFastPartners(), FakeIntake()
        settings = TransferSettings(
            run_workers=False, worker_interval_seconds=0.05, webhook_timeout_seconds=60
        )
        app = create_app(
            settings=settings,
            db=committed_transfer_db,
            intake=intake,
            webhook_http=httpx.Client(transport=httpx.MockTransport(partners)),
        )
        client = make_client(app)
        _callback(client, "370211001-civil", "https://slow.test/hook")
        _callback(client, "370211-education", "https://fast.test/hook")
        submit(client, case_id=1)  # its slip goes to the hanging partner
        education = [
            {
                "item_code": "education_assistance",
                "item_name": "教育救助",
                "time_limit_days": 20,
                "route": route("assign", "education", "370211", "教育救助由区教育局办理"),
            }
        ]
        stop = threading.Event()
        threads = [
            threading.Thread(target=w, args=(app, stop), daemon=True)
            for w in (delivery_worker, intake_events_worker)
        ]
        for t in threads:
            t.start()
        try:
            assert _wait_for(partners.slow_called.is_set, PROMPTLY), "the slow partner was never called"
            submit(client, case_id=2, items=education)  # an unrelated case while the partner hangs
            assert _wait_for(lambda: partners.fast, PROMPTLY), "another partner waited behind the hanging one"
            assert _wait_for(
                lambda: any(e["path"] == "/v1/applications/2/events" for e in intake.events), PROMPTLY
            ), "an intake event waited behind the hanging partner"
            assert not partners.release.is_set()  # still hanging all along
        finally:
            partners.release.set()
            stop.set()
            for t in threads:
                t.join(timeout=30)
        with committed_transfer_db.session() as s:
            slow = s.exec(select(SlipDelivery).where(SlipDelivery.department_id == "370211001-civil")).all()
        assert [d.outcome for d in slow] == ["delivered"]  # released, it was delivered once


@pytest.fixture
def hooked(transfer_db, make_client):
    """The app on the rolled-back database with 370211001-civil in callback mode; `calls` scripts the partner."""
    load_demo(transfer_db)
    calls: list = []

    def partner(request: httpx.Request) -> httpx.Response:
        handler = calls.pop(0) if calls else None
        return handler(request) if handler else httpx.Response(204)

    app = create_app(
        settings=TransferSettings(run_workers=False, webhook_timeout_seconds=30),
        db=transfer_db,
        intake=FakeIntake(),
        webhook_http=httpx.Client(transport=httpx.MockTransport(partner)),
    )
    client = make_client(app)
    _callback(client, "370211001-civil", "https://partner.test/hook")
    app.calls = calls
    return app, client


def _webhooks(db) -> list[TransferOutbox]:
    with db.session() as s:
        return list(s.exec(select(TransferOutbox).where(TransferOutbox.topic == "partner.webhook")).all())


class TestLeaseAndDisabledMidPass:
    def test_the_lease_outlasts_a_batch_of_timeouts(self, hooked, transfer_db):
        app, client = hooked
        for case_id in range(1, 8):
            submit(client, case_id=case_id)
        leases = []

        def note_lease(request):
            with transfer_db.session() as s:
                rows = s.exec(select(TransferOutbox).where(TransferOutbox.attempts == 1)).all()
                leased = [r for r in rows if r.topic != "intake.event" and r.status == "pending"]
                leases.append((len(leased), min(r.next_attempt_at for r in leased)))
            return httpx.Response(204)

        app.calls.append(note_lease)
        started = utcnow()
        app.state.deliverer.run_once()
        claimed, lease_end = leases[0]
        timeout = app.state.settings.webhook_timeout_seconds
        lease = (lease_end.replace(tzinfo=started.tzinfo) - started).total_seconds()
        assert lease >= claimed * timeout  # even if every send of the batch ran into the timeout

    def test_an_attempt_on_an_endpoint_disabled_mid_pass_is_logged(self, hooked, transfer_db):
        app, client = hooked
        submit(client, case_id=1)
        submit(client, case_id=2)
        sent = []

        def disable_then_fail(request):
            sent.append(request)
            with transfer_db.session() as s:  # an administrator (or a final failure) disables it meanwhile
                alerts.disable_endpoint(s, department=s.get(Department, "370211001-civil"), reason="停用")
            return httpx.Response(500)

        app.calls.append(disable_then_fail)
        app.state.deliverer.run_once()
        with transfer_db.session() as s:
            logged = s.exec(select(SlipDelivery).order_by(SlipDelivery.id)).all()
        assert len(sent) == 1  # nothing is sent to a disabled endpoint
        assert [d.outcome for d in logged] == ["failed", "held"]
        assert {m.status for m in _webhooks(transfer_db)} == {"held"}


class TestRetryWait:
    def test_counted_from_the_failure_not_the_start_of_the_pass(self, transfer_db, monkeypatch):
        with transfer_db.session() as s:
            enqueue(s, TransferOutbox, topic="t", payload={}, dedupe_key="k1")
        ticks = iter([0.0, 600.0])  # the pass starts; the send fails ten minutes later
        monkeypatch.setattr(outbox.time, "monotonic", lambda: next(ticks))
        now = utcnow()

        def send(_):
            raise RetryLater("HTTP 503", retry_after_seconds=30)

        deliver_pending(transfer_db, TransferOutbox, send, now=now)
        with transfer_db.session() as s:
            message = s.exec(select(TransferOutbox)).one()
        due = message.next_attempt_at.replace(tzinfo=now.tzinfo)
        assert due >= now + timedelta(seconds=630)

"""The example partner's parts without servers: verification, its SQLite state, the outbox sender."""

import json
import sqlite3
from datetime import timedelta

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from examples.partner.app import Refused, verify
from examples.partner.settings import PartnerSettings
from examples.partner.store import Store, utcnow
from examples.partner.worker import Sender, answers

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OLD_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"
BODY = json.dumps({"type": "slip.issued", "timestamp": "2026-11-24T08:00:00Z", "data": {"slip_id": 7}})


def _headers(secrets: list[str], body: str = BODY, *, msg_id: str = "msg_1", seconds_ago: int = 0) -> dict:
    at = utcnow() - timedelta(seconds=seconds_ago)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": " ".join(Webhook(s).sign(msg_id, at, body) for s in secrets),
    }


def _message(slip_id: int = 7, kind: str = "slip.issued") -> dict:
    links = {"self": f"http://y/v1/slips/{slip_id}", "events": f"http://y/v1/slips/{slip_id}/events"}
    data = {"slip_id": slip_id, "slip_number": "ZB-2026-000007", "case_number": "QU-2026-00001"}
    return {"type": kind, "data": data | {"kind": "assign", "due_date": None, "links": links}}


class TestVerify:
    def test_a_genuine_message_is_parsed(self):
        assert verify((SECRET,), BODY.encode(), _headers([SECRET]))["data"]["slip_id"] == 7

    def test_during_a_rotation_either_secret_matches(self):
        both = _headers([SECRET, OLD_SECRET])  # what Yimen sends during the overlap
        assert verify((OLD_SECRET,), BODY.encode(), both)
        assert verify((SECRET,), BODY.encode(), both)

    @pytest.mark.parametrize(
        ("change", "status"),
        [
            (lambda h, b: ({**h, "webhook-signature": "v1,AAAA"}, b), 401),
            (lambda h, b: (h, b.replace("7", "8")), 401),
            (lambda h, b: ({**h, "webhook-signature": "garbage"}, b), 401),
            (lambda h, b: ({**h, "webhook-id": "msg_other"}, b), 401),
            (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), 400),
            (lambda h, b: ({**h, "webhook-timestamp": "yesterday"}, b), 400),
        ],
        ids=["wrong-signature", "tampered-body", "malformed-signature", "other-id", "unsigned", "bad-time"],
    )
    def test_forged_or_malformed_messages_are_refused(self, change, status):
        headers, body = change(_headers([SECRET]), BODY)
        with pytest.raises(Refused) as refused:
            verify((SECRET,), body.encode(), headers)
        assert refused.value.status == status

    def test_a_stale_message_is_refused_even_with_a_good_signature(self):
        with pytest.raises(Refused) as refused:
            verify((SECRET,), BODY.encode(), _headers([SECRET], seconds_ago=301))
        assert refused.value.status == 400 and "stale" in refused.value.reason

    def test_a_message_within_the_tolerance_passes(self):
        assert verify((SECRET,), BODY.encode(), _headers([SECRET], seconds_ago=240))


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "partner.db")


@pytest.fixture
def settings(tmp_path):
    return PartnerSettings(token="ymp_test", webhook_secrets=(SECRET,), database=tmp_path / "partner.db")


class TestStore:
    def test_a_slip_is_stored_with_its_answers_queued_in_order(self, store, settings):
        assert store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        [slip] = store.slips()
        assert slip["slip_number"] == "ZB-2026-000007" and slip["state"] == "received"
        assert [s["step"] for s in slip["outbox"]] == [
            "fetch",
            "acknowledged",
            "opinion",
            "result",
            "feedback",
        ]
        assert slip["outbox"][2]["idempotency_key"] == "partner-7-opinion"

    def test_the_same_webhook_id_is_taken_once(self, store, settings):
        store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        assert not store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        assert len(store.messages()) == 1 and len(store.slips()[0]["outbox"]) == 5

    def test_the_same_slip_under_a_new_webhook_id_is_not_answered_twice(self, store, settings):
        store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        assert store.receive(webhook_id="msg_2", message=_message(), answers=answers(settings), delay=0)
        assert len(store.slips()) == 1 and len(store.slips()[0]["outbox"]) == 5

    def test_reminders_are_recorded_without_answers(self, store, settings):
        store.receive(
            webhook_id="msg_r", message=_message(kind="slip.reminder"), answers=answers(settings), delay=0
        )
        assert store.slips() == [] and store.messages()[0]["type"] == "slip.reminder"

    def test_state_survives_a_new_store_on_the_same_file(self, store, settings):
        store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        again = Store(store.path)
        assert again.next_due()["step"] == "fetch" and len(again.slips()) == 1

    def test_later_answers_wait_for_their_time(self, store, settings):
        store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=3600)
        first = store.next_due()
        store.sent(first["id"], slip_id=7, state="fetched")
        second = store.next_due()
        store.sent(second["id"], slip_id=7, state="acknowledged")
        assert second["step"] == "acknowledged" and store.next_due() is None  # the opinion is an hour away


def _sender(settings, store, handler) -> Sender:
    return Sender(settings, store, transport=httpx.MockTransport(handler))


def _slip_detail(state: str) -> dict:
    """A slip as transfer answers it (checked against transfer's own model, so it cannot drift)."""
    from services.transfer.slips.examples import SLIP_SUMMARY
    from services.transfer.slips.schemas import SlipDetail

    nothing = dict.fromkeys(
        ["opinion_due_date", "item_due_date", "feedback_due_date", "delivered_at", "acknowledged_at"]
        + ["acknowledged_by", "opinion", "result", "amount", "result_reason", "handled_at"]
        + ["feedback_to_applicant", "feedback_to_window", "signed_by", "feedback_at", "returned_reason"]
        + ["paperwork_due_date", "paperwork_completed_at"]
    )
    detail = (
        SLIP_SUMMARY
        | nothing
        | {
            "state": state,
            "verify_code": "JHUmHjY6QREL",
            "route_reason": "",
            "time_limit_days": 20,
            "first_responder_name": "孙丽",
            "window_region": "370211",
            "applicant_name": "刘建国",
            "applicant_id_number": "370211198803171234",
            "applicant_phone": "13700002222",
            "hukou_region": "370211",
            "household_size": 1,
            "difficulty": "失业",
            "accepted_date": "2026-11-24",
            "case_due_date": "2026-12-22",
        }
    )
    return SlipDetail.model_validate(detail).model_dump(mode="json")


class TestSender:
    @pytest.fixture
    def queued(self, store, settings):
        store.receive(webhook_id="msg_1", message=_message(), answers=answers(settings), delay=0)
        return store

    def _rows(self, store) -> dict[str, dict]:
        with sqlite3.connect(store.path) as db:
            db.row_factory = sqlite3.Row
            return {r["step"]: dict(r) for r in db.execute("SELECT * FROM outbox")}

    def test_answers_go_out_in_order_with_their_idempotency_keys(self, queued, settings):
        seen = []

        def yimen(request: httpx.Request) -> httpx.Response:
            assert request.headers["authorization"] == "Bearer ymp_test"
            event = json.loads(request.content)["type"] if request.content else None
            seen.append((request.method, request.url.path, request.headers.get("idempotency-key"), event))
            return httpx.Response(200, json=_slip_detail("acknowledged"))

        sender = _sender(settings, queued, yimen)
        while sender.run_once():
            pass
        assert seen == [
            ("GET", "/v1/slips/7", None, None),
            ("POST", "/v1/slips/7/events", "partner-7-acknowledged", "acknowledged"),
            ("POST", "/v1/slips/7/events", "partner-7-opinion", "opinion"),
            ("POST", "/v1/slips/7/events", "partner-7-result", "result"),
            ("POST", "/v1/slips/7/events", "partner-7-feedback", "feedback"),
        ]
        [slip] = queued.slips()
        assert slip["state"] == "feedback_given" and slip["applicant_name"] == "刘建国"
        assert {s["status"] for s in slip["outbox"]} == {"sent"}

    def test_every_call_is_signed_with_the_departments_secret(self, queued, settings):
        checked = []

        def yimen(request: httpx.Request) -> httpx.Response:
            headers = {
                k: request.headers[k] for k in ("webhook-id", "webhook-timestamp", "webhook-signature")
            }
            Webhook(SECRET).verify(
                request.content, headers, json_parse=False
            )  # raises when it does not match
            checked.append(request.headers["webhook-id"])
            return httpx.Response(200, json=_slip_detail("acknowledged"))

        sender = _sender(settings, queued, yimen)
        while sender.run_once():
            pass
        assert len(checked) == 5 and len(set(checked)) == 5  # a fresh message id per call

    def test_a_transient_failure_is_retried_later_honouring_retry_after(self, queued, settings):
        sender = _sender(
            settings, queued, lambda r: httpx.Response(503, headers={"Retry-After": "120"}, json={})
        )
        assert sender.run_once()
        row = self._rows(queued)["fetch"]
        assert row["status"] == "pending" and row["attempts"] == 1 and row["last_error"] == "HTTP 503"
        assert row["not_before"] >= (utcnow() + timedelta(seconds=119)).isoformat(timespec="milliseconds")
        assert queued.next_due() is None  # nothing else of this slip jumps the queue

    def test_an_unreachable_yimen_keeps_the_answer(self, queued, settings):
        def down(request):
            raise httpx.ConnectError("connection refused")

        assert _sender(settings, queued, down).run_once()
        assert self._rows(queued)["fetch"]["status"] == "pending"

    def test_a_refusal_stops_the_slip_for_a_person(self, queued, settings):
        problem = {"type": "about:blank", "title": "冲突", "status": 409, "detail": "当前状态不能签收"}
        sender = _sender(settings, queued, lambda r: httpx.Response(409, json=problem))
        sender.run_once()
        row = self._rows(queued)["fetch"]
        assert row["status"] == "failed" and "当前状态不能签收" in row["last_error"]
        assert queued.next_due() is None

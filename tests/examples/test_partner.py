"""The example partner (examples/partner) end to end against real services, as `make partner-demo` runs it:

the administrator switches 370211-hr to callback mode and hands out its secret and token → the district
window registers and accepts a 就业救助 case → transfer pushes the slip by signed webhook → the partner
verifies, stores and answers it through the generated SDK, is killed half-way and restarted, and
finishes → the case is concluded, each step once. Forged, stale and repeated webhooks are refused or
ignored, and nothing of theirs is stored or answered.
"""

import json
import sqlite3
from datetime import timedelta

import httpx
import pytest
from standardwebhooks.webhooks import Webhook
from yimen_client.transfer import AuthenticatedClient
from yimen_client.transfer.api.slips import slips_get, slips_list
from yimen_client.transfer.models import SlipDetail

from examples.partner import demo
from examples.partner.store import utcnow
from tests.web.conftest import _free_port

pytestmark = pytest.mark.e2e
STEPS = ["fetch", "acknowledged", "opinion", "result", "feedback"]
ANSWERED = ["slip_acknowledged", "opinion_given", "result_given", "feedback_given"]


@pytest.fixture(scope="module")
def partner(partner_stack, tmp_path_factory):
    """The partner registered as 370211-hr's system and running (restartable: `start()`)."""
    tmp = tmp_path_factory.mktemp("partner")
    port = _free_port()
    admin = demo.login(partner_stack["intake"], "admin")
    creds = demo.register_partner(
        partner_stack["transfer"], admin, callback_url=f"http://127.0.0.1:{port}/yimen/hooks"
    )
    # 3 s between answers: time to stop the partner after its acknowledgement, before its feedback
    env = demo.partner_env(
        transfer_url=partner_stack["transfer"],
        credentials=creds,
        port=port,
        database=tmp / "partner.db",
        delay=3.0,
    )
    state = {"proc": None}

    def start():
        state["proc"] = demo.start_partner(env, tmp / "partner.log")

    start()
    yield {
        "url": f"http://127.0.0.1:{port}",
        "port": port,
        "creds": creds,
        "db": tmp / "partner.db",
        "log": tmp / "partner.log",
        "start": start,
        "state": state,
    }
    if state["proc"].poll() is None:
        state["proc"].terminate()
        state["proc"].wait(timeout=15)


def _outbox(db) -> dict[str, str]:
    """The partner's answers as its SQLite file holds them (readable while it is down)."""
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT step, status FROM outbox ORDER BY id").fetchall())


def _signed(secret: str, body: str, *, msg_id: str, seconds_ago: int = 0) -> dict:
    at = utcnow() - timedelta(seconds=seconds_ago)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, at, body),
        "content-type": "application/json",
    }


class TestPartnerEndToEnd:
    def test_a_case_is_concluded_through_the_partner_across_its_restart(self, partner_stack, partner):
        urls = partner_stack
        window = demo.login(urls["intake"], "window_qu")
        case = demo.open_case(urls["intake"], urls["eligibility"], window)

        # the slip arrives by signed webhook; the partner fetches it and acknowledges, then is killed
        slip = demo.wait_for(lambda: next(iter(demo.partner_slips(partner["port"])), None), "the slip")
        assert slip["case_number"] == case["case_number"] and slip["kind"] == "assign"
        demo.wait_for(lambda: _outbox(partner["db"]).get("acknowledged") == "sent", "the acknowledgement")
        partner["state"]["proc"].kill()
        partner["state"]["proc"].wait(timeout=10)
        waiting = _outbox(partner["db"])
        assert list(waiting) == STEPS and waiting["feedback"] == "pending", waiting

        as_partner = AuthenticatedClient(base_url=urls["transfer"], token=partner["creds"].token)
        seen = slips_get.sync_detailed(slip["slip_id"], client=as_partner).parsed
        assert isinstance(seen, SlipDetail) and seen.receiver_id == "370211-hr"
        assert seen.state in ("acknowledged", "opinion_given", "handled")

        # back up on the same SQLite file: it carries on where it stopped, nothing lost or repeated
        partner["start"]()
        detail = demo.wait_for(lambda: demo.concluded(urls["intake"], window, case["id"]), "the conclusion")
        kinds = [entry["kind"] for entry in detail["timeline"]]
        assert all(kinds.count(kind) == 1 for kind in ANSWERED), kinds
        assert set(_outbox(partner["db"]).values()) == {"sent"}
        final = slips_get.sync_detailed(slip["slip_id"], client=as_partner).parsed
        assert final.state == "feedback_given" and final.signed_by == "区人社局 陈局长"
        assert final.amount == "800.00"
        issued = [m for m in httpx.get(f"{partner['url']}/messages").json() if m["type"] == "slip.issued"]
        assert [m["slip_id"] for m in issued] == [slip["slip_id"]]

        # reconciliation after an outage: the department's own list, nobody else's slips
        listed = slips_list.sync(client=as_partner, state="feedback_given")
        assert [s.id for s in listed] == [slip["slip_id"]]
        assert slips_list.sync(client=as_partner, state="delivered") == []


class TestWebhookVerification:
    def _message(self, slip_id: int = 424242) -> str:
        data = {
            "slip_id": slip_id,
            "slip_number": "ZB-2026-999999",
            "case_number": "QU-2026-99999",
            "kind": "assign",
            "state": "delivered",
            "due_date": None,
            "links": {"self": "http://x/v1/slips/1", "events": "http://x/v1/slips/1/events", "verify": None},
        }
        return json.dumps({"type": "slip.issued", "timestamp": "2026-11-24T08:00:00Z", "data": data})

    def _post(self, partner, body: str, headers: dict) -> httpx.Response:
        return httpx.post(f"{partner['url']}/yimen/hooks", content=body.encode(), headers=headers)

    def test_a_tampered_body_is_refused_and_not_stored(self, partner):
        secret = partner["creds"].webhook_secret
        body = self._message()
        headers = _signed(secret, body, msg_id="msg_tampered")
        answer = self._post(partner, body.replace("ZB-2026-999999", "ZB-2026-000001"), headers)
        assert answer.status_code == 401
        assert "msg_tampered" not in {m["webhook_id"] for m in httpx.get(f"{partner['url']}/messages").json()}

    def test_another_secret_is_refused(self, partner):
        body = self._message()
        other = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        assert self._post(partner, body, _signed(other, body, msg_id="msg_other")).status_code == 401

    def test_a_stale_message_is_refused_even_when_genuine(self, partner):
        body = self._message()
        headers = _signed(partner["creds"].webhook_secret, body, msg_id="msg_stale", seconds_ago=600)
        assert self._post(partner, body, headers).status_code == 400

    def test_missing_signature_headers_are_refused(self, partner):
        answer = self._post(partner, self._message(), {"content-type": "application/json"})
        assert answer.status_code == 400 and "webhook-id" in answer.json()["detail"]

    def test_a_repeated_webhook_id_is_stored_once(self, partner):
        secret = partner["creds"].webhook_secret
        body = json.dumps(
            {
                "type": "slip.reminder",
                "timestamp": "2026-11-24T08:00:00Z",
                "data": json.loads(self._message())["data"],
            }
        )
        for _ in range(2):
            assert self._post(partner, body, _signed(secret, body, msg_id="msg_twice")).status_code == 204
        ids = [m["webhook_id"] for m in httpx.get(f"{partner['url']}/messages").json()]
        assert ids.count("msg_twice") == 1

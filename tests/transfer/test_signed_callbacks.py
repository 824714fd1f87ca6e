"""Partner callbacks signed with the department's whsec_ secret (Standard Webhooks), the token kept."""

import json
from datetime import datetime, timedelta

import pytest
from standardwebhooks.webhooks import Webhook

from services.common.clock import system_now  # signatures are checked against real time
from services.transfer.app import create_app
from services.transfer.demo import load_demo
from services.transfer.settings import TransferSettings
from tests.conftest import auth
from tests.transfer.conftest import FakeIntake, submit

ADMIN = auth("admin", "370211")
DEPT = "370211001-civil"


def _partner(client) -> tuple[str, str]:
    """Callback mode for the town office: (its whsec_ secret, its ymp_ token)."""
    body = {"integration_mode": "callback", "callback_url": "https://partner.test/hook"}
    assert client.patch(f"/v1/departments/{DEPT}", json=body, headers=ADMIN).status_code == 200
    secret = client.post(f"/v1/departments/{DEPT}/signing-secret", json={}, headers=ADMIN).json()
    token = client.post(f"/v1/departments/{DEPT}/client-token", headers=ADMIN).json()["client_token"]
    return secret["signing_secret"], token


def _signed(secret: str, body: bytes, *, at: datetime | None = None, msg_id: str = "msg_ack_1") -> dict:
    at = at or system_now()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, at, body.decode()),
        "content-type": "application/json",
    }


def _post(client, slip_id, token, headers, body: bytes):
    return client.post(
        f"/v1/slips/{slip_id}/events",
        content=body,
        headers={"Authorization": f"Bearer {token}", "content-type": "application/json", **headers},
    )


ACK = json.dumps({"type": "acknowledged"}).encode()


class TestSignedCallbacks:
    def test_a_signed_callback_with_the_token_is_accepted(self, client):
        secret, token = _partner(client)
        slip = submit(client)["slips"][0]
        answer = _post(client, slip["id"], token, _signed(secret, ACK), ACK)
        assert answer.status_code == 200 and answer.json()["state"] == "acknowledged"

    def test_a_wrong_secret_a_changed_body_or_a_stale_timestamp_is_401(self, client):
        secret, token = _partner(client)
        slip = submit(client)["slips"][0]
        forged = Webhook("whsec_" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB")
        at = system_now()
        headers = _signed(secret, ACK) | {"webhook-signature": forged.sign("msg_ack_1", at, ACK.decode())}
        assert _post(client, slip["id"], token, headers, ACK).status_code == 401
        other = json.dumps({"type": "returned", "reason": "不属于本部门职责"}).encode()
        assert _post(client, slip["id"], token, _signed(secret, ACK), other).status_code == 401
        stale = _signed(secret, ACK, at=system_now() - timedelta(minutes=6))
        assert _post(client, slip["id"], token, stale, ACK).status_code == 401
        early = _signed(secret, ACK, at=system_now() + timedelta(minutes=6))
        assert _post(client, slip["id"], token, early, ACK).status_code == 401
        partial = {"webhook-signature": _signed(secret, ACK)["webhook-signature"]}
        assert _post(client, slip["id"], token, partial, ACK).status_code == 401
        garbled = _signed(secret, ACK) | {"webhook-signature": "v1"}
        assert _post(client, slip["id"], token, garbled, ACK).status_code == 401
        # nothing of it took effect
        detail = client.get(f"/v1/slips/{slip['id']}", headers=ADMIN).json()
        assert detail["state"] in ("issued", "delivered")

    def test_within_five_minutes_is_accepted(self, client):
        secret, token = _partner(client)
        slip = submit(client)["slips"][0]
        headers = _signed(secret, ACK, at=system_now() - timedelta(minutes=4))
        assert _post(client, slip["id"], token, headers, ACK).status_code == 200

    def test_the_signature_never_replaces_the_token(self, client):
        secret, _ = _partner(client)
        slip = submit(client)["slips"][0]
        assert _post(client, slip["id"], "ymp_not-a-token", _signed(secret, ACK), ACK).status_code == 401

    def test_the_old_secret_signs_during_the_rotation_overlap(self, client):
        old, token = _partner(client)
        slip = submit(client)["slips"][0]
        rotated = client.post(
            f"/v1/departments/{DEPT}/signing-secret", json={"overlap_hours": 24}, headers=ADMIN
        )
        assert rotated.status_code == 201
        assert _post(client, slip["id"], token, _signed(old, ACK), ACK).status_code == 200


class TestRequiredSignatures:
    @pytest.fixture
    def strict(self, transfer_db, make_client):
        load_demo(transfer_db)
        settings = TransferSettings(run_workers=False, partner_signatures_required=True)
        return make_client(create_app(settings=settings, db=transfer_db, intake=FakeIntake()))

    def test_an_unsigned_write_is_refused_reads_still_work(self, strict):
        secret, token = _partner(strict)
        slip = submit(strict)["slips"][0]
        assert _post(strict, slip["id"], token, {}, ACK).status_code == 401
        read = strict.get(f"/v1/slips/{slip['id']}", headers={"Authorization": f"Bearer {token}"})
        assert read.status_code == 200
        assert _post(strict, slip["id"], token, _signed(secret, ACK), ACK).status_code == 200

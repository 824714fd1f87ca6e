"""Every state-changing request replays its first answer for the same Idempotency-Key (issue 11):
accepting a case retried after a lost answer gets 200 and the same case, not 409."""

from tests.intake.conftest import WINDOW, register

MATERIALS = ["application_letter", "id_card", "household_register", "family_situation_statement"]


def _accept(client, case_id, key, body=None, headers=WINDOW):
    return client.post(
        f"/v1/applications/{case_id}/accept",
        json=body or {},
        headers={**headers, "Idempotency-Key": key},
    )


class TestAcceptReplays:
    def test_a_retried_acceptance_gets_the_first_answer(self, client):
        case = register(client, provided_materials=MATERIALS)
        first = _accept(client, case["id"], "accept-1")
        assert first.status_code == 200 and first.json()["status"] == "accepted"
        again = _accept(client, case["id"], "accept-1")
        assert again.status_code == 200 and again.json() == first.json()
        assert again.headers["idempotent-replayed"] == "true"
        timeline = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["timeline"]
        assert [e["kind"] for e in timeline].count("accepted") == 1  # applied once

    def test_without_a_key_or_with_a_new_key_the_state_machine_answers(self, client):
        case = register(client, provided_materials=MATERIALS)
        assert _accept(client, case["id"], "accept-1").status_code == 200
        assert (
            client.post(f"/v1/applications/{case['id']}/accept", json={}, headers=WINDOW).status_code == 409
        )
        assert _accept(client, case["id"], "accept-2").status_code == 409

    def test_the_same_key_with_another_body_is_422(self, client):
        case = register(client, provided_materials=MATERIALS)
        assert _accept(client, case["id"], "accept-1").status_code == 200
        other = _accept(client, case["id"], "accept-1", body={"accepted_date": "2026-01-05"})
        assert other.status_code == 422 and other.json()["field"] == "Idempotency-Key"

    def test_another_caller_never_gets_my_answer(self, client):
        from tests.conftest import auth

        case = register(client, provided_materials=MATERIALS)
        assert _accept(client, case["id"], "accept-1").status_code == 200
        colleague = auth("window_staff", "370211001", name="李娜")
        assert _accept(client, case["id"], "accept-1", headers=colleague).status_code == 409

    def test_a_refusal_is_not_remembered(self, client):
        case = register(client, provided_materials=["application_letter"])  # materials missing: 409
        assert _accept(client, case["id"], "accept-1").status_code == 409
        brought = {"materials": MATERIALS[1:]}
        assert client.post(
            f"/v1/applications/{case['id']}/materials", json=brought, headers=WINDOW
        ).is_success
        assert _accept(client, case["id"], "accept-1").status_code == 200  # the retry runs, now rightly

"""Transfer's state-changing routes replay their first answer for the same Idempotency-Key."""

from tests.conftest import auth
from tests.transfer.conftest import submit

WINDOW = auth("window_staff", "370211001")


class TestReplayByKey:
    def test_paperwork_completed_twice_with_one_key_answers_alike(self, client):
        submit(client, emergency=True)
        headers = {**WINDOW, "Idempotency-Key": "paperwork-1"}
        first = client.post("/v1/cases/1/paperwork-completed", headers=headers)
        again = client.post("/v1/cases/1/paperwork-completed", headers=headers)
        assert first.status_code == again.status_code == 200 and again.json() == first.json()
        assert client.post("/v1/cases/1/paperwork-completed", headers=WINDOW).status_code == 409

    def test_a_department_update_replays_and_a_changed_body_is_422(self, client):
        admin = {**auth("admin", "370211"), "Idempotency-Key": "a-away-1"}
        first = client.patch("/v1/departments/370211-education", json={"a_away": True}, headers=admin)
        assert first.status_code == 200
        again = client.patch("/v1/departments/370211-education", json={"a_away": True}, headers=admin)
        assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
        other = client.patch("/v1/departments/370211-education", json={"a_away": False}, headers=admin)
        assert other.status_code == 422 and other.json()["field"] == "Idempotency-Key"

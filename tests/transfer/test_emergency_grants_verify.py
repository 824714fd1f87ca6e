"""Emergency aid first and paperwork after; grants as the record for limits; public verification."""

from services.common.identity import compose_id_number
from tests.conftest import TODAY, auth
from tests.transfer.conftest import APPLICANT_ID, SPOUSE_ID, event, submit

AID = {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金", "amount": "800.00"}
WINDOW = auth("window_staff", "370211001")


class TestEmergency:
    def test_aid_recorded_with_the_case_and_paperwork_tracked(self, client, intake, app):
        answer = submit(client, emergency=True, emergency_aid=AID)
        slip = client.get(f"/v1/slips/{answer['slips'][0]['id']}", headers=WINDOW).json()
        assert slip["emergency"] is True and slip["paperwork_due_date"]
        assert slip["emergency_aid"][0]["amount"] == "800.00"
        app.state.deliverer.run_once()
        assert "emergency_aid_recorded" in intake.kinds()
        board = client.get("/v1/supervision", headers=auth("supervisor", "370211")).json()
        assert board["paperwork_outstanding"][0]["case_id"] == 1
        done = client.post("/v1/cases/1/paperwork-completed", headers=WINDOW)
        assert done.status_code == 200
        assert client.post("/v1/cases/1/paperwork-completed", headers=WINDOW).status_code == 409
        assert (
            client.get("/v1/supervision", headers=auth("supervisor", "370211")).json()[
                "paperwork_outstanding"
            ]
            == []
        )
        app.state.deliverer.run_once()
        assert "paperwork_completed" in intake.kinds()

    def test_more_aid_later_and_validation(self, client):
        submit(client, emergency=True)
        response = client.post("/v1/cases/1/emergency-aid", json={**AID, "amount": "12.345"}, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "amount"
        assert client.post("/v1/cases/1/emergency-aid", json=AID, headers=WINDOW).status_code == 201
        assert (
            client.post(
                "/v1/cases/1/emergency-aid", json=AID, headers=auth("window_staff", "370211002")
            ).status_code
            == 404
        )

    def test_non_emergency_case_has_no_paperwork(self, client):
        submit(client)
        assert client.post("/v1/cases/1/emergency-aid", json=AID, headers=WINDOW).status_code == 409


def _pay(client, case_id, amount, member_ids=None):
    slip = submit(client, case_id=case_id, household_id_numbers=member_ids or [APPLICANT_ID, SPOUSE_ID])[
        "slips"
    ][0]
    for body in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "同意"},
        {
            "type": "result",
            "outcome": "approved",
            "amount": amount,
            "reason": "审批同意",
            "grant_date": "2026-03-05",
        },
    ):
        assert event(client, slip["id"], body).status_code == 200


class TestGrants:
    def test_summary_counts_each_grant_once_for_any_member(self, client):
        _pay(client, 1, "1500.00")
        _pay(client, 2, "2000.50")
        answer = client.post(
            "/v1/grants/summary",
            json={"id_numbers": [SPOUSE_ID, APPLICANT_ID], "year": 2026},
            headers=auth("service", ""),
        ).json()
        assert answer["grants_this_year"] == 2 and answer["granted_amount_this_year"] == "3500.50"
        assert answer["grants"][0]["item_code"] == "temporary_assistance"
        assert (
            client.post(
                "/v1/grants/summary",
                json={"id_numbers": [SPOUSE_ID], "year": 2025},
                headers=auth("service", ""),
            ).json()["grants_this_year"]
            == 0
        )

    def test_item_filter_and_strangers(self, client):
        _pay(client, 1, "100.00")
        stranger = compose_id_number("370211", "19850612", 99)
        body = {"id_numbers": [stranger], "year": 2026}
        assert (
            client.post("/v1/grants/summary", json=body, headers=auth("service", "")).json()["grants"] == []
        )
        body = {"id_numbers": [APPLICANT_ID], "year": 2026, "item_code": "other"}
        assert (
            client.post("/v1/grants/summary", json=body, headers=auth("service", "")).json()["grants"] == []
        )

    def test_bad_id_number_names_the_field(self, client):
        response = client.post(
            "/v1/grants/summary", json={"id_numbers": ["123"], "year": 2026}, headers=auth("service", "")
        )
        assert response.status_code == 422 and response.json()["field"] == "id_numbers[0]"

    def test_partners_cannot_read_grants(self, client):
        headers = auth("department_staff", "370211", department_id="370211-education")
        assert (
            client.post(
                "/v1/grants/summary", json={"id_numbers": [APPLICANT_ID], "year": 2026}, headers=headers
            ).status_code
            == 403
        )


class TestVerify:
    def test_public_verification_shows_status_without_personal_data(self, client):
        slip_id = submit(client)["slips"][0]["id"]
        code = client.get(f"/v1/slips/{slip_id}", headers=WINDOW).json()["verify_code"]
        answer = client.get(f"/verify/{code}")
        assert answer.status_code == 200
        body = answer.json()
        assert (
            body["genuine"] is True
            and body["applicant_name_masked"] == "张*丰"
            and body["state"] == "delivered"
        )
        assert APPLICANT_ID not in answer.text and "13800000000" not in answer.text
        assert body["issued_date"] == TODAY.isoformat()

    def test_unknown_code_is_404(self, client):
        assert client.get("/verify/not-a-code").status_code == 404

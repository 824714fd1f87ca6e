"""Duplicate-aid guard: same household, same or mutually exclusive item, our cases or transfer's grants."""

from tests.intake.conftest import (
    APPLICANT_ID,
    OTHER_ID,
    SPOUSE_ID,
    WINDOW,
    WINDOW_XA,
    application_body,
    household,
    register,
)


def _post(client, headers=WINDOW, **overrides):
    return client.post("/v1/applications", json=application_body(**overrides), headers=headers)


class TestGuard:
    def test_same_item_open_case_in_another_town_needs_acknowledgement(self, client):
        register(client, **household())
        response = _post(client, headers=WINDOW_XA, **household())
        assert response.status_code == 409 and response.json()["field"] == "duplicate_acknowledgement"
        finding = response.json()["findings"][0]
        assert finding["item_code"] == "temporary_assistance" and finding["match"] == "same_item"
        assert "*" in finding["id_number"]
        ok = _post(
            client,
            headers=WINDOW_XA,
            duplicate_acknowledgement={"reason": "前案为火灾，本次为新发疾病"},
            **household(),
        )
        assert ok.status_code == 201 and ok.json()["duplicate_findings"]
        detail = client.get(f"/v1/applications/{ok.json()['id']}", headers=WINDOW_XA).json()
        assert detail["duplicate_ack_reason"] == "前案为火灾，本次为新发疾病"
        assert any(t["kind"] == "duplicate_acknowledged" for t in detail["timeline"])

    def test_any_member_matches(self, client):
        register(client, **household())
        # a new applicant whose household includes the earlier applicant
        response = _post(client, **household(applicant_id=OTHER_ID, spouse_id=APPLICANT_ID))
        assert response.status_code == 409

    def test_mutually_exclusive_item(self, client):
        register(client, item_codes=["urban_dibao"], **household())
        response = _post(
            client, item_codes=["tekun"], **household(applicant_id=SPOUSE_ID, spouse_id=OTHER_ID)
        )
        assert response.status_code == 409 and response.json()["findings"][0]["match"] == "exclusive"

    def test_unrelated_item_and_withdrawn_case_pass(self, client):
        case = register(client, **household())
        assert _post(client, item_codes=["medical_assistance"], **household()).status_code == 201
        client.post(f"/v1/applications/{case['id']}/withdraw", json={"reason": "撤回"}, headers=WINDOW)
        assert _post(client, **household()).status_code == 201

    def test_grant_recorded_by_transfer(self, client, fakes):
        fakes[1].grants.append(
            {
                "item_code": "temporary_assistance",
                "amount": "3000.00",
                "grant_date": "2026-05-01",
                "case_number": "XA-2026-00009",
                "id_number": SPOUSE_ID,
            }
        )
        response = _post(client, **household())
        assert response.status_code == 409 and response.json()["findings"][0]["source"] == "grant"

    def test_transfer_down_registers_but_records_the_gap(self, client, fakes):
        fakes[1].down = True
        response = _post(client, **household())
        assert response.status_code == 201 and response.json()["duplicate_check_incomplete"] is True

    def test_check_endpoint(self, client):
        register(client, **household())
        answer = client.post(
            "/v1/applications/duplicate-check",
            json={"id_numbers": [SPOUSE_ID], "item_codes": ["temporary_assistance"]},
            headers=WINDOW,
        ).json()
        assert len(answer["findings"]) == 1
        bad = client.post("/v1/applications/duplicate-check", json={"id_numbers": ["123"]}, headers=WINDOW)
        assert bad.status_code == 422 and bad.json()["field"] == "id_numbers[0]"

"""One-time notice (一次性告知) and acceptance: every missing material, once, immutable, accountable."""

from tests.intake.conftest import WINDOW, register


class TestOneTimeNotice:
    def test_lists_every_missing_material_with_reasons_and_issuer(self, client):
        case = register(
            client, item_codes=["temporary_assistance", "medical_assistance"], provided_materials=["id_card"]
        )
        response = client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW)
        assert response.status_code == 201
        notice = response.json()
        codes = [m["code"] for m in notice["missing"]]
        assert set(codes) == {
            "application_letter",
            "household_register",
            "family_situation_statement",
            "medical_diagnosis",
            "hospital_bills",
        }
        assert all(m["reasons"] for m in notice["missing"])
        assert notice["number"] == f"{case['case_number']}-GZ" and notice["issued_by_name"] == "王晓燕"
        assert notice["due_date"] == case["notice_due_date"]
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["status"] == "awaiting_materials"

    def test_is_immutable_once_issued(self, client):
        case = register(client)
        first = client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW).json()
        assert client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW).status_code == 409
        client.post(
            f"/v1/applications/{case['id']}/materials",
            json={"materials": ["application_letter"]},
            headers=WINDOW,
        )
        after = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["notice"]
        assert after["missing"] == first["missing"]

    def test_not_needed_when_complete(self, client):
        case = register(
            client,
            provided_materials=[
                "application_letter",
                "id_card",
                "household_register",
                "family_situation_statement",
            ],
        )
        response = client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW)
        assert response.status_code == 409 and response.json()["field"] == "materials"

    def test_needs_items_first(self, client):
        case = register(client, item_codes=[], dont_know=True)
        assert client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW).status_code == 409


class TestAcceptance:
    def test_refused_until_supplement_complete_then_receipt(self, client):
        case = register(client, provided_materials=["id_card", "application_letter"])
        client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW)
        early = client.post(f"/v1/applications/{case['id']}/accept", headers=WINDOW)
        assert early.status_code == 409 and set(early.json()["missing"]) == {
            "household_register",
            "family_situation_statement",
        }
        client.post(
            f"/v1/applications/{case['id']}/materials",
            json={"materials": ["household_register", "family_situation_statement"]},
            headers=WINDOW,
        )
        accepted = client.post(f"/v1/applications/{case['id']}/accept", headers=WINDOW).json()
        assert accepted["status"] == "accepted" and accepted["receipt_number"] == f"{case['case_number']}-HZ"
        assert accepted["due_date"] and accepted["deadline"]["basis"]
        assert accepted["supplements"][0]["seq"] == 1

    def test_materials_refused_after_acceptance(self, client):
        case = register(client, item_codes=["elderly_allowance"], provided_materials=["id_card"])
        client.post(f"/v1/applications/{case['id']}/accept", headers=WINDOW)
        response = client.post(
            f"/v1/applications/{case['id']}/materials", json={"materials": ["x"]}, headers=WINDOW
        )
        assert response.status_code == 409

    def test_empty_materials_names_field(self, client):
        case = register(client)
        response = client.post(
            f"/v1/applications/{case['id']}/materials", json={"materials": []}, headers=WINDOW
        )
        assert response.status_code == 422 and response.json()["field"] == "materials"

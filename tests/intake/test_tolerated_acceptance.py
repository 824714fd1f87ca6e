"""容缺受理: acceptance with materials missing only as an explicit, reasoned decision; omissions are real ones."""

from sqlmodel import select

from services.intake.handoff.models import IntakeOutbox
from tests.conftest import auth
from tests.intake.conftest import register

WINDOW = auth("window_staff", "370211001")
ALL = ["application_letter", "id_card", "household_register", "family_situation_statement"]
TOLERATE = {"reason": "申请人住院，户口簿由家属补送", "materials": ["household_register"]}


def _accept(client, case_id, body=None):
    return client.post(f"/v1/applications/{case_id}/accept", json=body, headers=WINDOW)


def _materials(client, case_id, materials, **extra):
    return client.post(
        f"/v1/applications/{case_id}/materials", json={"materials": materials, **extra}, headers=WINDOW
    )


class TestMissingMaterialsRefused:
    def test_accept_without_every_material_is_409_naming_them(self, client):
        case = register(client, provided_materials=["id_card"])
        answer = _accept(client, case["id"])
        assert answer.status_code == 409
        problem = answer.json()
        assert problem["field"] == "materials"
        assert problem["missing"] == [
            "application_letter",
            "family_situation_statement",
            "household_register",
        ]
        assert "申请书" in problem["detail"] and "户口簿" in problem["detail"] and "容缺" in problem["detail"]
        case = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert case["status"] == "draft" and case["receipt_number"] is None

    def test_complete_materials_accept_as_before(self, client):
        case = register(client, provided_materials=ALL)
        accepted = _accept(client, case["id"]).json()
        assert accepted["status"] == "accepted" and accepted["tolerated"] is None

    def test_catalogue_down_is_503_and_nothing_changes(self, client, fakes, intake_db):
        case = register(client, provided_materials=ALL)
        fakes[0].down = True
        assert _accept(client, case["id"]).status_code == 503
        fakes[0].down = False
        assert client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["status"] == "draft"
        with intake_db.session() as s:
            assert s.exec(select(IntakeOutbox)).all() == []


class TestToleratedAcceptance:
    def test_reasoned_decision_is_recorded_with_a_due_date(self, client):
        case = register(
            client, provided_materials=["application_letter", "id_card", "family_situation_statement"]
        )
        accepted = _accept(client, case["id"], {"accepted_date": "2026-11-24", "tolerate_missing": TOLERATE})
        assert accepted.status_code == 200, accepted.text
        body = accepted.json()
        assert body["status"] == "accepted" and body["receipt_number"]
        tolerated = body["tolerated"]
        assert tolerated["materials"] == [{"code": "household_register", "name": "户口簿"}]
        assert tolerated["reason"] == TOLERATE["reason"] and tolerated["due_date"] == "2026-12-01"
        assert tolerated["completed_at"] is None and tolerated["decided_by"]
        lines = [t["detail"] for t in body["timeline"] if t["kind"] == "tolerated"]
        assert lines and "容缺受理：尚缺户口簿，须于 2026-12-01 前补齐" in lines[0]
        assert "容缺受理" in body["status_history"][-1]["reason"]

    def test_the_list_must_be_exactly_what_is_missing(self, client):
        case = register(client, provided_materials=["id_card"])
        partial = _accept(client, case["id"], {"tolerate_missing": TOLERATE})
        assert partial.status_code == 409 and partial.json()["field"] == "tolerate_missing.materials"
        assert "申请书" in partial.json()["detail"]
        invented = {
            "reason": "x",
            "materials": [
                "application_letter",
                "household_register",
                "family_situation_statement",
                "id_card",
            ],
        }
        answer = _accept(client, case["id"], {"tolerate_missing": invented})
        assert answer.status_code == 422 and answer.json()["field"] == "tolerate_missing.materials"

    def test_nothing_to_tolerate_and_bad_input(self, client):
        complete = register(client, provided_materials=ALL)
        answer = _accept(client, complete["id"], {"tolerate_missing": TOLERATE})
        assert answer.status_code == 422 and answer.json()["field"] == "tolerate_missing"
        case = register(
            client, provided_materials=["application_letter", "id_card", "family_situation_statement"]
        )
        blank = _accept(client, case["id"], {"tolerate_missing": {**TOLERATE, "reason": "  "}})
        assert blank.status_code == 422
        empty = _accept(client, case["id"], {"tolerate_missing": {**TOLERATE, "materials": []}})
        assert empty.status_code == 422
        early = _accept(
            client,
            case["id"],
            {"accepted_date": "2026-11-24", "tolerate_missing": {**TOLERATE, "due_date": "2026-11-20"}},
        )
        assert early.status_code == 422 and early.json()["field"] == "tolerate_missing.due_date"

    def test_notice_items_still_missing_may_be_tolerated(self, client):
        case = register(
            client, provided_materials=["application_letter", "id_card", "family_situation_statement"]
        )
        assert client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW).status_code == 201
        assert _accept(client, case["id"]).status_code == 409
        assert _accept(client, case["id"], {"tolerate_missing": TOLERATE}).status_code == 200

    def test_missing_materials_arrive_later_and_complete_the_decision(self, client):
        case = register(client, provided_materials=["id_card", "family_situation_statement"])
        both = {"reason": "家属补送", "materials": ["application_letter", "household_register"]}
        assert _accept(client, case["id"], {"tolerate_missing": both}).status_code == 200
        wrong = _materials(client, case["id"], ["hospital_bills"])
        assert wrong.status_code == 422 and wrong.json()["field"] == "materials"
        assert _materials(client, case["id"], ["household_register"]).status_code in (200, 201)
        case_now = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert case_now["tolerated"]["received"] == ["household_register"]
        assert case_now["tolerated"]["completed_at"] is None
        assert _materials(client, case["id"], ["application_letter"]).status_code in (200, 201)
        case_now = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert case_now["tolerated"]["completed_at"] is not None
        assert any("容缺材料已全部补齐" in t["detail"] for t in case_now["timeline"])
        assert _materials(client, case["id"], ["application_letter"]).status_code == 409


class TestOmission:
    def test_an_extra_paper_no_item_needs_is_not_the_issuers_omission(self, client):
        case = register(client, provided_materials=["id_card"])
        client.post(f"/v1/applications/{case['id']}/notice", headers=WINDOW)
        answer = _materials(client, case["id"], ["application_letter", "medical_diagnosis"])
        assert answer.status_code in (200, 201), answer.text
        case_now = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert case_now["notice_omission"] is False and case_now["supplements"][0]["omitted"] == []

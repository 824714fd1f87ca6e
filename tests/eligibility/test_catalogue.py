"""The catalogue: items from the seeds, per-district handling levels, versioned admin edits."""

from datetime import date

import pytest

from services.eligibility.catalogue.service import next_acceptance_date
from services.eligibility.demo import load_demo
from tests.conftest import auth
from tests.eligibility.conftest import WINDOW

SEEDED = [
    "temporary_assistance",
    "urban_dibao",
    "rural_dibao",
    "tekun",
    "medical_assistance",
    "education_assistance",
    "housing_assistance",
    "low_rent_housing",
    "employment_assistance",
    "disaster_relief",
    "funeral_assistance",
    "disabled_entrepreneurship",
    "disabled_assistive_devices",
    "disabled_home_care",
    "elderly_allowance",
    "charity_assistance",
]


def item_body(**changes):
    body = {
        "name": "临时救助（急难型/支出型）",
        "category": "临时救助",
        "owner_department_type": "civil_affairs",
        "legal_basis": "新依据",
        "case_type": "promised",
        "time_limit_days": 15,
        "default_handling_level": "district",
        "exclusive_with": [],
        "note": "测试修改",
    }
    body.update(changes)
    return body


class TestReading:
    def test_demo_catalogue_has_every_seeded_item(self, client):
        codes = [i["code"] for i in client.get("/v1/items", headers=WINDOW).json()]
        assert codes == SEEDED

    def test_item_carries_the_contract_fields(self, client):
        item = client.get("/v1/items/temporary_assistance", headers=WINDOW).json()
        assert item["name"].startswith("临时救助") and item["owner_department_type"] == "civil_affairs"
        assert item["case_type"] == "promised" and item["time_limit_days"] == 20
        assert item["handling_level"] == "town"  # West Coast devolved 临时救助 to the streets
        assert "青西新民〔2019〕203号" in item["legal_basis"]
        codes = {m["code"]: m for m in item["materials"]}
        assert codes["id_card"]["original"] is True
        assert codes["household_register"]["shared_data"] is True

    def test_time_limit_defaults_to_20_working_days(self, client):
        assert client.get("/v1/items/education_assistance", headers=WINDOW).json()["time_limit_days"] == 20

    def test_acceptance_window_first_to_tenth(self, client):
        item = client.get("/v1/items/low_rent_housing", headers=WINDOW).json()
        assert item["acceptance_window"] == {"days_of_month": list(range(1, 11))}
        assert item["next_acceptance_date"] is not None

    @pytest.mark.parametrize(
        "today,expected",
        [
            (date(2026, 3, 5), date(2026, 3, 5)),
            (date(2026, 3, 10), date(2026, 3, 10)),
            (date(2026, 3, 11), date(2026, 4, 1)),
            (date(2026, 12, 31), date(2027, 1, 1)),
        ],
    )
    def test_next_acceptance_date(self, today, expected):
        assert next_acceptance_date(list(range(1, 11)), today) == expected

    def test_dibao_and_tekun_are_mutually_exclusive(self, client):
        assert "tekun" in client.get("/v1/items/urban_dibao", headers=WINDOW).json()["exclusive_with"]

    def test_handling_level_is_per_district_configuration(self, client):
        assert (
            client.get("/v1/items/temporary_assistance?district=370212", headers=WINDOW).json()[
                "handling_level"
            ]
            == "district"
        )

    def test_unknown_item_is_404(self, client):
        assert client.get("/v1/items/nope", headers=WINDOW).status_code == 404

    def test_requires_a_token(self, client):
        assert client.get("/v1/items").status_code == 401

    def test_demo_load_is_idempotent(self, eligibility_db, client):
        before = len(client.get("/v1/changes?limit=1000", headers=WINDOW).json())
        assert load_demo(eligibility_db) == {"materials": 0, "items": 0, "rules": 0}
        assert len(client.get("/v1/changes?limit=1000", headers=WINDOW).json()) == before


class TestAdminEdits:
    def test_update_makes_a_new_version_and_keeps_the_old_state(self, client, admin_headers):
        r = client.put("/v1/items/temporary_assistance", headers=admin_headers, json=item_body())
        assert r.status_code == 200 and r.json()["version"] == 2 and r.json()["time_limit_days"] == 15
        history = client.get("/v1/items/temporary_assistance/history", headers=WINDOW).json()
        latest = history[0]
        assert latest["version"] == 2 and latest["changed_by"] == "admin" and latest["note"] == "测试修改"
        assert latest["before"]["time_limit_days"] == 20 and latest["after"]["time_limit_days"] == 15
        assert history[-1]["action"] == "create"

    def test_an_unchanged_save_is_not_a_version(self, client, admin_headers):
        client.put("/v1/items/temporary_assistance", headers=admin_headers, json=item_body())
        r = client.put("/v1/items/temporary_assistance", headers=admin_headers, json=item_body())
        assert r.json()["version"] == 2

    def test_only_admins_edit(self, client):
        r = client.put("/v1/items/temporary_assistance", headers=WINDOW, json=item_body())
        assert r.status_code == 403

    @pytest.mark.parametrize(
        "changes,field",
        [
            ({"case_type": "sometimes"}, "case_type"),
            ({"time_limit_days": -1}, "time_limit_days"),
            ({"exclusive_with": ["nope"]}, "exclusive_with[0]"),
            ({"owner_department_type": "police"}, "owner_department_type"),
            ({"acceptance_window": {"days_of_month": [0]}}, "acceptance_window.days_of_month"),
        ],
    )
    def test_bad_edit_is_422_naming_the_field(self, client, admin_headers, changes, field):
        r = client.put("/v1/items/temporary_assistance", headers=admin_headers, json=item_body(**changes))
        assert r.status_code == 422 and r.json()["field"] == field
        assert client.get("/v1/items/temporary_assistance", headers=WINDOW).json()["version"] == 1

    def test_create_item_and_conflict(self, client, admin_headers):
        body = {**item_body(name="助残服务"), "code": "disabled_service"}
        assert client.post("/v1/items", headers=admin_headers, json=body).status_code == 201
        assert client.post("/v1/items", headers=admin_headers, json=body).status_code == 409

    def test_materials_replace_is_versioned(self, client, admin_headers):
        r = client.put(
            "/v1/items/temporary_assistance/materials",
            headers=admin_headers,
            json={"materials": [{"code": "id_card", "copies": 2, "original": True}], "note": "精简材料"},
        )
        assert [m["code"] for m in r.json()["materials"]] == ["id_card"]
        change = client.get("/v1/items/temporary_assistance/history", headers=WINDOW).json()[0]
        assert change["entity_type"] == "item_materials" and len(change["before"]["materials"]) == 5

    def test_unknown_or_duplicate_material_is_refused(self, client, admin_headers):
        r = client.put(
            "/v1/items/temporary_assistance/materials",
            headers=admin_headers,
            json={"materials": [{"code": "id_card"}, {"code": "id_card"}]},
        )
        assert r.status_code == 422 and r.json()["field"] == "materials[1].code"

    def test_handling_level_change_is_logged(self, client, admin_headers):
        r = client.put(
            "/v1/items/education_assistance/handling-levels/370211",
            headers=admin_headers,
            json={"level": "town", "note": "试点下放"},
        )
        assert r.json()["handling_level"] == "town"
        change = client.get("/v1/items/education_assistance/history", headers=WINDOW).json()[0]
        assert change["entity_key"] == "370211:education_assistance" and change["before"] == {
            "level": "district"
        }

    def test_material_edit(self, client, admin_headers):
        r = client.put(
            "/v1/materials/id_card", headers=admin_headers, json={"name": "居民身份证", "shared_data": False}
        )
        assert r.status_code == 200 and r.json()["name"] == "居民身份证"

    def test_parameter_correction_supersedes_never_overwrites(self, client, admin_headers):
        for value in ("1150.00", "1160.00"):
            client.post(
                "/v1/parameters/urban_dibao_monthly",
                headers=admin_headers,
                json={"value": value, "effective_from": "2027-01-01"},
            )
        rows = [
            p
            for p in client.get("/v1/parameters", headers=WINDOW).json()
            if p["name"] == "urban_dibao_monthly" and p["effective_from"] == "2027-01-01"
        ]
        assert [(p["value"], p["superseded_at"] is None) for p in rows] == [
            ("1150.00", False),
            ("1160.00", True),
        ]

    @pytest.mark.parametrize(
        "body,field",
        [
            ({"value": 1.5, "effective_from": "2027-01-01"}, "value"),
            ({"value": "abc", "effective_from": "2027-01-01"}, "value"),
            ({"value": "1.00", "effective_from": "2027-13-01"}, "effective_from"),
        ],
    )
    def test_bad_parameter_is_422(self, client, admin_headers, body, field):
        r = client.post("/v1/parameters/urban_dibao_monthly", headers=admin_headers, json=body)
        assert r.status_code == 422 and r.json()["field"].startswith(field)

    def test_parameters_are_admin_only(self, client):
        r = client.post(
            "/v1/parameters/urban_dibao_monthly",
            headers=auth("supervisor", "370211"),
            json={"value": "1.00", "effective_from": "2027-01-01"},
        )
        assert r.status_code == 403


class TestOpenApi:
    def test_documented_with_examples_and_errors(self, client):
        doc = client.get("/openapi.json").json()
        assert "资格服务" in doc["info"]["description"]
        evaluation = doc["paths"]["/v1/evaluations"]["post"]
        assert "expenditure" in evaluation["requestBody"]["content"]["application/json"]["examples"]
        assert {"401", "403", "404", "422"} <= set(evaluation["responses"])
        batch = doc["paths"]["/v1/evaluations/batch"]["post"]["requestBody"]["content"]
        assert {"application/json", "application/x-ndjson", "text/csv"} <= set(batch)

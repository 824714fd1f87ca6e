"""Checklist (asked once), routing (the five slip kinds), suggestions (data rules)."""

import pytest

from tests.eligibility.conftest import WINDOW


def checklist(client, items, provided=()):
    return client.post(
        "/v1/materials/checklist",
        headers=WINDOW,
        json={"item_codes": list(items), "provided": list(provided)},
    )


def route(client, item, level, window, hukou):
    return client.post(
        "/v1/routes",
        headers=WINDOW,
        json={"item_code": item, "window_level": level, "window_region": window, "hukou_region": hukou},
    )


class TestChecklist:
    def test_a_material_needed_by_several_items_is_asked_once_with_every_reason(self, client):
        body = checklist(client, ["temporary_assistance", "urban_dibao"]).json()
        codes = [m["code"] for m in body["missing"]]
        assert len(codes) == len(set(codes))
        id_card = next(m for m in body["missing"] if m["code"] == "id_card")
        assert len(id_card["reasons"]) == 2 and "为办理城市最低生活保障所需" in id_card["reasons"]

    def test_provided_and_shared_data_materials_are_not_asked(self, client):
        body = checklist(client, ["temporary_assistance"], ["id_card"]).json()
        codes = [m["code"] for m in body["missing"]]
        assert "id_card" not in codes and "household_register" not in codes
        assert {"code": "household_register", "name": "户口簿"} in body["shared_data"]
        assert body["provided"] == ["id_card"]

    def test_most_copies_and_original_win_when_merged(self, client):
        body = checklist(client, ["urban_dibao", "low_rent_housing"]).json()
        housing = next(m for m in body["missing"] if m["code"] == "housing_proof")
        assert housing["copies"] == 3 and housing["original"] is True

    @pytest.mark.parametrize(
        "items,provided,field",
        [
            (["temporary_assistance", "nope"], [], "item_codes[1]"),
            (["temporary_assistance"], ["nope"], "provided[0]"),
            ([], [], "item_codes"),
        ],
    )
    def test_unknown_codes_are_422_naming_them(self, client, items, provided, field):
        r = checklist(client, items, provided)
        assert r.status_code == 422 and r.json()["field"] == field


class TestRoutes:
    @pytest.mark.parametrize(
        "item,level,window,hukou,kind,dept,region",
        [
            (
                "temporary_assistance",
                "town",
                "370211001",
                "370211001",
                "dispatch",
                "civil_affairs",
                "370211001",
            ),
            ("temporary_assistance", "town", "370211001", "370211002", "escalate", "civil_affairs", "370211"),
            ("education_assistance", "town", "370211001", "370211001", "escalate", "civil_affairs", "370211"),
            (
                "temporary_assistance",
                "district",
                "370211",
                "370211003",
                "hand_over",
                "civil_affairs",
                "370211003",
            ),
            ("temporary_assistance", "district", "370211", "110101", "assign", "civil_affairs", "370211"),
            ("housing_assistance", "district", "370211", "370211003", "assign", "housing", "370211"),
            ("medical_assistance", "district", "370211", "370211003", "assign", "civil_affairs", "370211"),
            (
                "charity_assistance",
                "town",
                "370211001",
                "370211001",
                "refer",
                "social_organisation",
                "370211",
            ),
            (
                "charity_assistance",
                "district",
                "370211",
                "370211001",
                "refer",
                "social_organisation",
                "370211",
            ),
        ],
    )
    def test_slip_kind_and_receiver(self, client, item, level, window, hukou, kind, dept, region):
        body = route(client, item, level, window, hukou).json()
        assert (body["kind"], body["receiver_department_type"], body["receiver_region"]) == (
            kind,
            dept,
            region,
        )
        assert body["reason"]

    def test_handling_level_configuration_changes_the_route(self, client, admin_headers):
        assert (
            route(client, "education_assistance", "town", "370211001", "370211001").json()["kind"]
            == "escalate"
        )
        client.put(
            "/v1/items/education_assistance/handling-levels/370211",
            headers=admin_headers,
            json={"level": "town"},
        )
        body = route(client, "education_assistance", "town", "370211001", "370211001").json()
        assert body["kind"] == "dispatch" and body["receiver_department_type"] == "education"

    @pytest.mark.parametrize(
        "level,window,hukou,field",
        [
            ("town", "370211", "370211001", "window_level"),
            ("town", "999999001", "370211001", "window_region"),
            ("town", "370211001", "37", "hukou_region"),
            ("city", "370211001", "370211001", "window_level"),
        ],
    )
    def test_bad_input_is_422_naming_the_field(self, client, level, window, hukou, field):
        r = route(client, "temporary_assistance", level, window, hukou)
        assert r.status_code == 422 and r.json()["field"] == field

    def test_unknown_item_is_422(self, client):
        r = route(client, "nope", "town", "370211001", "370211001")
        assert r.status_code == 422 and r.json()["field"] == "item_code"


class TestSuggestions:
    def suggest(self, client, difficulty="", facts=None):
        return client.post(
            "/v1/suggestions", headers=WINDOW, json={"difficulty": difficulty, "facts": facts or {}}
        )

    def test_keywords_suggest_items_with_reasons(self, client):
        body = self.suggest(client, "家里失火了，孩子还在上大学").json()["suggestions"]
        codes = [s["item_code"] for s in body]
        assert codes[:1] == ["temporary_assistance"] and "education_assistance" in codes
        assert "失火" in body[0]["reason"]

    def test_facts_suggest_items(self, client):
        codes = [s["item_code"] for s in self.suggest(client, "", {"age": 85}).json()["suggestions"]]
        assert codes == ["elderly_allowance"]

    def test_nothing_matches_is_an_empty_list(self, client):
        assert self.suggest(client, "咨询一下", {"age": 30}).json() == {"suggestions": []}

    def test_malformed_fact_is_422(self, client):
        r = self.suggest(client, "", {"age": "old"})
        assert r.status_code == 422 and r.json()["field"] == "facts.age"

    def test_rules_are_admin_editable_data(self, client, admin_headers):
        r = client.post(
            "/v1/suggestion-rules",
            headers=admin_headers,
            json={"item_code": "charity_assistance", "keywords": ["欠债"], "reason": "可转介慈善组织"},
        )
        assert r.status_code == 201
        codes = [s["item_code"] for s in self.suggest(client, "家里欠债很多").json()["suggestions"]]
        assert codes == ["charity_assistance"]
        rule_id = r.json()["id"]
        r = client.put(
            f"/v1/suggestion-rules/{rule_id}",
            headers=admin_headers,
            json={"item_code": "charity_assistance", "keywords": ["欠债"], "reason": "x", "active": False},
        )
        assert r.json()["version"] == 2
        assert self.suggest(client, "家里欠债很多").json() == {"suggestions": []}

    @pytest.mark.parametrize(
        "body,field",
        [
            ({"item_code": "nope", "keywords": ["a"], "reason": "r"}, "item_code"),
            ({"item_code": "tekun", "keywords": [], "reason": "r"}, "keywords"),
            ({"item_code": "tekun", "fact_condition": "salary > 1", "reason": "r"}, "fact_condition"),
        ],
    )
    def test_bad_rule_is_422(self, client, admin_headers, body, field):
        r = client.post("/v1/suggestion-rules", headers=admin_headers, json=body)
        assert r.status_code == 422 and r.json()["field"] == field

    def test_misspelled_key_is_422_naming_it_and_nothing_is_written(self, client, admin_headers):
        before = client.get("/v1/suggestion-rules", headers=WINDOW).json()
        body = {"item_code": "tekun", "keywords": ["孤寡"], "reason": "r", "fact_conditon": "age >= 60"}
        r = client.post("/v1/suggestion-rules", headers=admin_headers, json=body)
        assert r.status_code == 422 and r.json()["field"] == "fact_conditon"
        assert client.get("/v1/suggestion-rules", headers=WINDOW).json() == before

    def test_misspelled_key_in_a_change_keeps_the_version(self, client, admin_headers):
        rule = client.get("/v1/suggestion-rules", headers=WINDOW).json()[0]
        body = {"item_code": rule["item_code"], "keywords": ["x"], "reason": "r", "actve": False}
        r = client.put(f"/v1/suggestion-rules/{rule['id']}", headers=admin_headers, json=body)
        assert r.status_code == 422 and r.json()["field"] == "actve"
        after = next(
            x for x in client.get("/v1/suggestion-rules", headers=WINDOW).json() if x["id"] == rule["id"]
        )
        assert after == rule

    def test_rules_are_admin_only(self, client):
        r = client.post(
            "/v1/suggestion-rules",
            headers=WINDOW,
            json={"item_code": "tekun", "keywords": ["a"], "reason": "r"},
        )
        assert r.status_code == 403

"""Rule sets are data: a new version is checked, stored beside the old one, and used at once."""

import copy

from services.eligibility.catalogue.seed import TEMPORARY_ASSISTANCE_RULES
from tests.eligibility.conftest import FULL_FACTS, WINDOW


class TestRuleSets:
    def test_current_rules_are_readable(self, client):
        body = client.get("/v1/rules/temporary_assistance", headers=WINDOW).json()
        assert body["version"] == 1 and len(body["definition"]["conditions"]) == 7

    def test_new_version_is_used_by_evaluations(self, client, admin_headers, evaluate):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        definition["conditions"][4]["test"] = (
            "(income_6m - medical_expense_6m) / 6 / members < urban_dibao_monthly"
        )
        r = client.put(
            "/v1/rules/temporary_assistance",
            headers=admin_headers,
            json={"definition": definition, "note": "教育支出不再扣除"},
        )
        assert r.status_code == 200 and r.json()["version"] == 2
        body = evaluate(FULL_FACTS).json()
        assert body["rule_version"] == "temporary_assistance@v2"
        history = client.get("/v1/items/temporary_assistance/history", headers=WINDOW).json()
        assert history[0]["entity_type"] == "rule_set" and history[0]["before"]["conditions"][4][
            "test"
        ].endswith("education_expense_6m) / 6 / members < urban_dibao_monthly")

    def test_a_rule_that_does_not_compile_is_refused_and_nothing_changes(self, client, admin_headers):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        definition["conditions"][2]["test"] = "__import__('os').system('true')"
        r = client.put(
            "/v1/rules/temporary_assistance", headers=admin_headers, json={"definition": definition}
        )
        assert r.status_code == 422 and r.json()["field"] == "definition.conditions[2].test"
        assert client.get("/v1/rules/temporary_assistance", headers=WINDOW).json()["version"] == 1

    def test_unknown_parameter_is_refused(self, client, admin_headers):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        definition["parameters"].append("nope")
        r = client.put(
            "/v1/rules/temporary_assistance", headers=admin_headers, json={"definition": definition}
        )
        assert r.status_code == 422 and r.json()["field"] == "definition.parameters"

    def test_rules_for_another_item(self, client, admin_headers):
        definition = {
            "facts": {"age": {"type": "count", "label": "年龄", "max": 150}},
            "parameters": [],
            "conditions": [{"id": "age", "description": "年满80周岁", "test": "age >= 80"}],
        }
        assert (
            client.put(
                "/v1/rules/elderly_allowance", headers=admin_headers, json={"definition": definition}
            ).status_code
            == 200
        )
        r = client.post(
            "/v1/evaluations",
            headers=WINDOW,
            json={"item_code": "elderly_allowance", "as_of": "2026-05-01", "facts": {"age": 80}},
        )
        assert r.json()["outcome"] == "eligible"

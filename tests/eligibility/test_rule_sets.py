"""Rule sets are data: a new version is checked, stored beside the old one, and used at once."""

import copy

import pytest

from services.eligibility.rules.engine import compile_rule
from services.eligibility.rules.language import RuleError
from services.eligibility.rules.schemas import RuleDefinition
from services.eligibility.rules.seed import TEMPORARY_ASSISTANCE_RULES
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


def _put(client, headers, definition, **extra):
    return client.put(
        "/v1/rules/temporary_assistance", headers=headers, json={"definition": definition, **extra}
    )


def _version(client) -> int:
    return client.get("/v1/rules/temporary_assistance", headers=WINDOW).json()["version"]


def _misspelled(path: str):
    """The seeded rule with the key at `path` renamed to a misspelling (the last part of the path)."""
    definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
    *parents, (old, new) = path
    node = definition
    for step in parents:
        node = node[step]
    node[new] = node.pop(old)
    return definition


class TestRuleSchema:
    """A rule definition is checked against its schema before anything is compiled or stored."""

    def test_seeded_rule_fits_the_schema(self):
        rule = RuleDefinition.model_validate(TEMPORARY_ASSISTANCE_RULES)
        assert rule.model_dump(mode="json", exclude_unset=True) == TEMPORARY_ASSISTANCE_RULES

    @pytest.mark.parametrize(
        "path,field",
        [
            ((("source", "sorce"),), "definition.sorce"),
            ((("parameters", "paramters"),), "definition.paramters"),
            ((("record_facts", "records_facts"),), "definition.records_facts"),
            (("facts", "members", ("label", "lable")), "definition.facts.members.lable"),
            (("facts", "members", ("max", "maximum")), "definition.facts.members.maximum"),
            (("facts", "residency", ("values", "value")), "definition.facts.residency.value"),
            (("conditions", 4, ("applies_when", "aplies_when")), "definition.conditions[4].aplies_when"),
            (("conditions", 0, ("description", "descripton")), "definition.conditions[0].descripton"),
            (("conditions", 3, ("left_label", "leftlabel")), "definition.conditions[3].leftlabel"),
            (
                ("conditions", 6, ("exempt_detail", "exempt_details")),
                "definition.conditions[6].exempt_details",
            ),
        ],
    )
    def test_misspelled_key_at_any_level_is_422_naming_it_and_nothing_is_stored(
        self, client, admin_headers, path, field
    ):
        r = _put(client, admin_headers, _misspelled(path))
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
        assert field in [e["field"] for e in r.json()["errors"]]
        assert _version(client) == 1

    def test_misspelled_key_beside_the_definition_is_422(self, client, admin_headers):
        r = _put(client, admin_headers, TEMPORARY_ASSISTANCE_RULES, notes="拼错的 note")
        assert r.status_code == 422 and r.json()["field"] == "notes"
        assert _version(client) == 1

    @pytest.mark.parametrize(
        "change,field",
        [
            (lambda d: d["facts"]["members"].update(type="integer"), "definition.facts.members.type"),
            (lambda d: d["facts"]["residency"].pop("values"), "definition.facts.residency"),
            (lambda d: d["facts"]["income_6m"].update(max=5), "definition.facts.income_6m"),
            (lambda d: d["facts"].update({"2nd": {"type": "bool"}}), "definition.facts.2nd.[key]"),
            (lambda d: d["record_facts"].append("members"), "definition.record_facts[2]"),
            (lambda d: d.update(conditions=[]), "definition.conditions"),
            (lambda d: d["conditions"][0].pop("test"), "definition.conditions[0].test"),
        ],
    )
    def test_wrong_shape_is_422_naming_the_field(self, client, admin_headers, change, field):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        change(definition)
        r = _put(client, admin_headers, definition)
        assert r.status_code == 422 and r.json()["field"] == field
        assert _version(client) == 1

    def test_duplicate_condition_id_is_422(self, client, admin_headers):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        definition["conditions"][1]["id"] = "residency"
        r = _put(client, admin_headers, definition)
        assert r.status_code == 422 and r.json()["field"] == "definition.conditions[1].id"
        assert _version(client) == 1

    def test_record_fact_must_be_declared(self, client, admin_headers):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        del definition["facts"]["grants_this_year"]
        definition["conditions"] = [c for c in definition["conditions"] if c["id"] != "grants_per_year"]
        r = _put(client, admin_headers, definition)
        assert r.status_code == 422 and r.json()["field"] == "definition.record_facts"

    def test_valid_rule_is_a_new_version_stored_as_written(self, client, admin_headers):
        definition = copy.deepcopy(TEMPORARY_ASSISTANCE_RULES)
        definition["conditions"][6]["description"] = "家庭财产（除唯一住房外）不超过20万元（修订）"
        r = _put(client, admin_headers, definition, note="修订说明")
        assert r.status_code == 200 and r.json()["version"] == 2
        assert client.get("/v1/rules/temporary_assistance", headers=WINDOW).json()["definition"] == definition

    def test_stored_definition_that_does_not_fit_is_a_rule_error(self):
        with pytest.raises(RuleError) as exc:
            compile_rule("x", 1, _misspelled(("conditions", 4, ("applies_when", "aplies_when"))), {})
        assert exc.value.field == "definition.conditions[4].aplies_when"

    def test_openapi_documents_fact_types_and_record_facts(self, client):
        schemas = client.get("/openapi.json").json()["components"]["schemas"]
        assert schemas["FactDefinition"]["properties"]["type"]["enum"] == ["money", "count", "bool", "enum"]
        assert schemas["FactDefinition"]["additionalProperties"] is False
        assert schemas["ConditionDefinition"]["additionalProperties"] is False
        record = schemas["RuleDefinition"]["properties"]["record_facts"]["items"]["enum"]
        assert record == ["grants_this_year", "granted_amount_this_year"]


class TestParameterSchema:
    def test_misspelled_parameter_key_is_422_and_nothing_is_written(self, client, admin_headers):
        before = client.get("/v1/parameters", headers=WINDOW).json()
        r = client.post(
            "/v1/parameters/urban_dibao_monthly",
            headers=admin_headers,
            json={"value": "1160.00", "effective_from": "2027-01-01", "nte": "市政府通知"},
        )
        assert r.status_code == 422 and r.json()["field"] == "nte"
        assert client.get("/v1/parameters", headers=WINDOW).json() == before

"""The demo seed: typed records whose cross-references hold, loaded into the tables as written."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.eligibility.catalogue.seed import ITEMS, MATERIALS, TOWN_LEVEL_ITEMS, SeedItem, SeedNeed
from services.eligibility.guidance.seed import SUGGESTIONS
from services.eligibility.rules.engine import compile_rule
from services.eligibility.rules.schemas import RuleDefinition
from services.eligibility.rules.seed import PARAMETERS, RULE_SETS, TEMPORARY_ASSISTANCE_RULES
from tests.eligibility.conftest import WINDOW


class TestSeedRecords:
    def test_every_reference_names_a_seeded_record(self):
        materials = {m.code for m in MATERIALS}
        items = {i.code for i in ITEMS}
        assert all(n.code in materials for i in ITEMS for n in i.materials)
        assert all(set(i.exclusive_with) <= items for i in ITEMS)
        assert set(TOWN_LEVEL_ITEMS) <= items and set(RULE_SETS) <= items
        assert {s.item_code for s in SUGGESTIONS} <= items
        params = {p.name for p in PARAMETERS}
        assert all(set(r["parameters"]) <= params for r in RULE_SETS.values())

    @pytest.mark.parametrize("item_code", sorted(RULE_SETS))
    def test_every_seeded_rule_fits_the_schema_and_compiles(self, item_code):
        RuleDefinition.model_validate(RULE_SETS[item_code])
        rule = compile_rule(item_code, 1, RULE_SETS[item_code], {p.name: p.unit for p in PARAMETERS})
        assert rule.conditions

    def test_the_rules_reference_shows_the_seeded_rule_as_it_is(self):
        text = (Path(__file__).resolve().parents[2] / "docs" / "rules.md").read_text(encoding="utf-8")
        block = text.split("The seeded document", 1)[1].split("```json\n", 1)[1].split("\n```", 1)[0]
        assert json.loads(block) == TEMPORARY_ASSISTANCE_RULES

    def test_codes_are_unique(self):
        for codes in ([m.code for m in MATERIALS], [i.code for i in ITEMS], [p.name for p in PARAMETERS]):
            assert len(codes) == len(set(codes))

    def test_a_misspelled_keyword_or_unknown_owner_is_refused(self):
        with pytest.raises(ValidationError):
            SeedNeed(code="id_card", orginal=True)
        with pytest.raises(ValidationError):
            SeedItem(
                code="x",
                name="x",
                category="x",
                owner="police",
                legal_basis="",
                acceptance_conditions="",
                case_type="promised",
                materials=[],
            )


class TestSeedLoaded:
    def test_items_are_loaded_with_their_materials(self, client):
        item = client.get("/v1/items/low_rent_housing", headers=WINDOW).json()
        assert item["acceptance_window"]["days_of_month"] == list(range(1, 11))
        housing = next(m for m in item["materials"] if m["code"] == "housing_proof")
        assert housing["copies"] == 3 and housing["original"] is True
        assert [m["code"] for m in item["materials"]][:4] == [
            "application_letter",
            "id_card",
            "household_register",
            "integrity_authorisation",
        ]

    def test_parameters_are_loaded_in_fen_with_their_dates(self, client):
        rows = client.get("/v1/parameters", headers=WINDOW).json()
        dibao = [(r["effective_from"], r["value"]) for r in rows if r["name"] == "urban_dibao_monthly"]
        assert dibao == [("2025-01-01", "1085.00"), ("2026-01-01", "1120.00")]
        grants = [r["value"] for r in rows if r["name"] == "max_grants_per_year"]
        assert grants == [2]

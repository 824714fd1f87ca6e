"""The rule language: only whitelisted syntax, units checked, three-valued, exact; both interpreters agree."""

import random
from fractions import Fraction

import numpy as np
import pytest

from services.eligibility.rules.engine import (
    OUTCOME_NAMES,
    RESULT_NAMES,
    columns,
    compile_rule,
    evaluate_columns,
    explain_condition,
    outcome_of,
    parameter_env,
)
from services.eligibility.rules.language import UNKNOWN, RuleError, parse, scalar
from services.eligibility.rules.seed import TEMPORARY_ASSISTANCE_RULES
from services.eligibility.rules.vector import V, vector

UNITS = {"income": "money", "members": "count", "flag": "bool", "kind": "text", "cap": "money"}
PARAM_UNITS = {
    "max_grants_per_year": "count",
    "annual_cap": "money",
    "urban_dibao_monthly": "money",
    "district_income_last_year": "money",
    "assets_cap": "money",
}
PARAMS = {
    "max_grants_per_year": 2,
    "annual_cap": 3_000_000,
    "urban_dibao_monthly": 112_000,
    "district_income_last_year": 5_962_800,
    "assets_cap": 20_000_000,
}


def run(source: str, **env):
    return scalar(parse(source, UNITS))(env)


class TestSafety:
    @pytest.mark.parametrize(
        "source",
        [
            "__import__('os').system('id')",
            "income.real",
            "open('x')",
            "[x for x in members]",
            "lambda: 1",
            "members[0]",
            "members ** 2",
            "members if flag else 0",
            "income // 2",
            "1 < members < 3",
            "f'{income}'",
            "income := 1",
            "1.5 < income",
        ],
    )
    def test_anything_outside_the_whitelist_is_refused(self, source):
        with pytest.raises(RuleError):
            parse(source, UNITS)

    def test_unknown_names_are_refused(self):
        with pytest.raises(RuleError, match="未知的名称"):
            parse("salary > cap", UNITS)

    def test_syntax_error_names_where(self):
        with pytest.raises(RuleError) as exc:
            parse("income <", UNITS, where="definition.conditions[2].test")
        assert exc.value.field == "definition.conditions[2].test"


class TestUnits:
    @pytest.mark.parametrize(
        "source",
        [
            "income + members > cap",
            "income * income > cap",
            "income < members",
            "members / income < 1",
            "flag + 1 > 0",
            "kind in [1, 2]",
            "not income",
        ],
    )
    def test_mismatched_units_are_refused(self, source):
        with pytest.raises(RuleError):
            parse(source, UNITS)

    def test_money_per_person_is_money(self):
        assert parse("income / members", UNITS).unit == "money"


class TestThreeValuedLogic:
    def test_missing_fact_is_unknown(self):
        assert run("income < cap", cap=100) is UNKNOWN

    def test_false_decides_and(self):
        assert run("flag and income < cap", flag=False) is False

    def test_true_decides_or(self):
        assert run("flag or income < cap", flag=True) is True

    def test_unknown_otherwise(self):
        assert run("flag and income < cap", flag=True) is UNKNOWN
        assert run("not flag") is UNKNOWN

    def test_division_is_exact(self):
        assert run("income / 3", income=100) == Fraction(100, 3)
        assert run("income / 3 * 3 == cap", income=100, cap=100) is True

    def test_division_by_zero_is_unknown_not_a_crash(self):
        assert run("income / members < cap", income=1, members=0, cap=1) is UNKNOWN


def _random_household(rng: random.Random) -> dict:
    def money(threshold: int | None = None) -> int | None:
        if rng.random() < 0.05:
            return None
        if threshold is not None and rng.random() < 0.4:
            return max(0, threshold + rng.choice((-1, 0, 1)))  # right at the boundary
        return rng.randrange(0, 40_000_000)

    members = rng.randint(1, 8)
    row = {
        "members": members,
        "residency": rng.choice(["local_hukou", "migrant_qualified", "student", "other"]),
        "on_dibao": rng.random() < 0.2,
        "assistance_type": rng.choice(["emergency", "expenditure"]),
        "income_6m": money(112_000 * 6 * members),
        "medical_expense_6m": rng.choice([0, 0, rng.randrange(0, 500_000)]),
        "education_expense_6m": 0,
        "income_12m": money(5_962_800 * members),
        "assets_excluding_home": money(20_000_000),
        "grants_this_year": rng.randint(0, 3),
        "granted_amount_this_year": money(2_700_000),
        "requested_amount": rng.choice([300_000, 1, 0]),
    }
    return {k: v for k, v in row.items() if v is not None and not (rng.random() < 0.03)}


class TestInterpretersAgree:
    def test_vector_equals_scalar_on_boundary_heavy_random_households(self):
        rule = compile_rule("temporary_assistance", 1, TEMPORARY_ASSISTANCE_RULES, PARAM_UNITS)
        rng = random.Random(20261123)
        rows = [_random_household(rng) for _ in range(3000)]
        env = columns(rule, rows)
        env.update(parameter_env(rule, len(rows), PARAMS))
        outcome, results = evaluate_columns(rule, env, len(rows))
        for i, row in enumerate(rows):
            explained = [explain_condition(rule, c, {**row, **PARAMS}) for c in rule.conditions]
            assert [RESULT_NAMES[r[i]] for r in results] == [e["result"] for e in explained], row
            assert OUTCOME_NAMES[outcome[i]] == outcome_of([e["result"] for e in explained])
        assert {"eligible", "ineligible", "needs_facts"} <= {OUTCOME_NAMES[o] for o in outcome}

    def test_vector_division_by_negative_keeps_order(self):
        node = parse("income / members < cap", {"income": "money", "members": "count", "cap": "money"})
        env = {
            "income": V(np.array([10, 10]), np.ones(2, bool)),
            "members": V(np.array([-2, 2]), np.ones(2, bool)),
            "cap": V(np.array([0, 0]), np.ones(2, bool)),
        }
        out = vector(node)(env, 2)
        assert out.val.tolist() == [True, False]

"""临时救助 exactly as DESIGN.md §5: every condition at its threshold and one fen either side."""

import pytest

from services.common.identity import compose_id_number
from tests.eligibility.conftest import FULL_FACTS, WINDOW

HOUSEHOLD = [compose_id_number("370211", "19850612", 31), compose_id_number("370211", "19900101", 32)]


def facts(**changes):
    return {**FULL_FACTS, **changes}


def condition(response, cid: str) -> dict:
    return next(c for c in response.json()["conditions"] if c["id"] == cid)


class TestOutcome:
    def test_expenditure_household_within_every_limit_is_eligible(self, evaluate):
        body = evaluate(FULL_FACTS).json()
        assert body["outcome"] == "eligible"
        assert {c["result"] for c in body["conditions"]} == {"passed"}
        assert body["rule_version"] == "temporary_assistance@v1"
        assert body["parameters"]["urban_dibao_monthly"] == "1120.00"
        assert body["missing_facts"] == []

    def test_every_condition_is_explained_in_chinese_with_the_numbers(self, evaluate):
        detail = condition(evaluate(FULL_FACTS), "income_6m")["detail"]
        assert "约222.22" in detail and "1120.00" in detail and "<" in detail

    def test_emergency_has_no_income_test(self, evaluate):
        body = evaluate(
            facts(
                assistance_type="emergency",
                income_6m="999999.00",
                income_12m="999999.00",
                assets_excluding_home="900000.00",
            )
        ).json()
        assert body["outcome"] == "eligible"
        income = next(c for c in body["conditions"] if c["id"] == "income_6m")
        assert income["exempt"] and income["result"] == "passed"

    def test_dibao_household_is_exempt_from_expenditure_tests(self, evaluate):
        body = evaluate(facts(on_dibao=True, income_6m="999999.00", assets_excluding_home="900000.00")).json()
        assert body["outcome"] == "eligible"

    @pytest.mark.parametrize(
        "residency,outcome",
        [
            ("local_hukou", "eligible"),
            ("migrant_qualified", "eligible"),
            ("student", "eligible"),
            ("other", "ineligible"),
        ],
    )
    def test_residency(self, evaluate, residency, outcome):
        assert evaluate(facts(residency=residency)).json()["outcome"] == outcome


class TestBoundaries:
    """2026 parameters: urban dibao 1120.00/month, district income 59628.00/year; 3 members."""

    @pytest.mark.parametrize(
        "income,result", [("20159.99", "passed"), ("20160.00", "failed"), ("20160.01", "failed")]
    )
    def test_monthly_income_after_expenses_below_dibao_standard(self, evaluate, income, result):
        # (income - medical - education) / 6 / 3 < 1120.00  <=>  income - 0 - 0 < 20160.00
        r = evaluate(facts(income_6m=income, medical_expense_6m="0.00", education_expense_6m="0.00"))
        assert condition(r, "income_6m")["result"] == result

    @pytest.mark.parametrize(
        "income,result", [("27159.99", "passed"), ("27160.00", "failed"), ("27160.01", "failed")]
    )
    def test_medical_and_education_expenses_are_deducted(self, evaluate, income, result):
        r = evaluate(facts(income_6m=income, medical_expense_6m="4000.00", education_expense_6m="3000.00"))
        assert condition(r, "income_6m")["result"] == result

    @pytest.mark.parametrize(
        "income,result", [("47039.99", "passed"), ("47040.00", "failed"), ("47040.01", "failed")]
    )
    def test_per_capita_is_exact_when_not_a_whole_fen(self, evaluate, income, result):
        # 7 members: 47039.99 / 42 = 1119.999761… yuan — a float or a rounded fen would say 1120.00
        r = evaluate(facts(members=7, income_6m=income, medical_expense_6m="0", education_expense_6m="0"))
        assert condition(r, "income_6m")["result"] == result

    @pytest.mark.parametrize(
        "income,result", [("178883.99", "passed"), ("178884.00", "failed"), ("178884.01", "failed")]
    )
    def test_yearly_per_capita_income_below_district_average(self, evaluate, income, result):
        assert condition(evaluate(facts(income_12m=income)), "income_12m")["result"] == result

    @pytest.mark.parametrize(
        "assets,result", [("199999.99", "passed"), ("200000.00", "passed"), ("200000.01", "failed")]
    )
    def test_assets_except_only_home_at_most_200000(self, evaluate, assets, result):
        assert condition(evaluate(facts(assets_excluding_home=assets)), "assets")["result"] == result

    @pytest.mark.parametrize("grants,result", [(0, "passed"), (1, "passed"), (2, "failed"), (3, "failed")])
    def test_at_most_two_grants_a_year(self, evaluate, grants, result):
        assert condition(evaluate(facts(grants_this_year=grants)), "grants_per_year")["result"] == result

    @pytest.mark.parametrize(
        "requested,result", [("2999.99", "passed"), ("3000.00", "passed"), ("3000.01", "failed")]
    )
    def test_at_most_30000_a_year_including_this_grant(self, evaluate, requested, result):
        r = evaluate(facts(granted_amount_this_year="27000.00", requested_amount=requested))
        assert condition(r, "annual_amount")["result"] == result
        assert r.json()["outcome"] == ("eligible" if result == "passed" else "ineligible")


class TestEffectiveDates:
    @pytest.mark.parametrize(
        "as_of,result,standard", [("2025-12-31", "failed", "1085.00"), ("2026-01-01", "passed", "1120.00")]
    )
    def test_dibao_standard_switches_on_its_effective_date(self, evaluate, as_of, result, standard):
        # 19600.00 / 18 = 1088.89: above the 2025 standard, below the 2026 one
        r = evaluate(
            facts(income_6m="19600.00", medical_expense_6m="0", education_expense_6m="0"), as_of=as_of
        )
        assert condition(r, "income_6m")["result"] == result
        assert r.json()["parameters"]["urban_dibao_monthly"] == standard

    def test_a_new_standard_is_a_data_change(self, client, evaluate, admin_headers):
        response = client.post(
            "/v1/parameters/urban_dibao_monthly",
            headers=admin_headers,
            json={"value": "1160.00", "effective_from": "2027-01-01", "note": "2027年标准"},
        )
        assert response.status_code == 201
        r = evaluate(
            facts(income_6m="20500.00", medical_expense_6m="0", education_expense_6m="0"), as_of="2027-01-01"
        )
        assert condition(r, "income_6m")["result"] == "passed"
        assert r.json()["parameter_dates"]["urban_dibao_monthly"] == "2027-01-01"
        before = evaluate(facts(income_6m="20500.00", medical_expense_6m="0", education_expense_6m="0"))
        assert condition(before, "income_6m")["result"] == "failed"

    def test_before_any_value_is_in_force_the_date_is_refused(self, evaluate):
        r = evaluate(FULL_FACTS, as_of="2018-06-01")
        assert r.status_code == 422 and r.json()["field"] == "as_of"


class TestMissingFacts:
    def test_missing_fact_makes_its_condition_unknown(self, evaluate):
        r = evaluate({k: v for k, v in FULL_FACTS.items() if k != "income_6m"})
        body = r.json()
        assert r.status_code == 200 and body["outcome"] == "needs_facts"
        assert body["missing_facts"] == ["income_6m"]
        assert condition(r, "income_6m")["result"] == "unknown"
        assert body["fact_sources"]["income_6m"] == "missing"

    def test_null_and_empty_count_as_missing(self, evaluate):
        assert evaluate(facts(income_12m=None, assets_excluding_home="")).json()["missing_facts"] == [
            "income_12m",
            "assets_excluding_home",
        ]

    def test_no_facts_at_all_lists_what_is_needed(self, evaluate):
        body = evaluate({}).json()
        assert body["outcome"] == "needs_facts"
        assert {"residency", "assistance_type", "grants_this_year", "requested_amount"} <= set(
            body["missing_facts"]
        )

    def test_a_failed_condition_decides_even_with_unknowns(self, evaluate):
        assert evaluate({"residency": "other"}).json()["outcome"] == "ineligible"

    def test_unknown_dibao_status_does_not_matter_when_income_tests_pass(self, evaluate):
        body = evaluate({k: v for k, v in FULL_FACTS.items() if k != "on_dibao"}).json()
        assert body["outcome"] == "eligible"

    def test_unknown_dibao_status_matters_when_an_income_test_fails(self, evaluate):
        body = evaluate(
            {**{k: v for k, v in FULL_FACTS.items() if k != "on_dibao"}, "income_6m": "90000.00"}
        ).json()
        assert body["outcome"] == "needs_facts" and body["missing_facts"] == ["on_dibao"]

    def test_unused_facts_are_reported_not_rejected(self, evaluate):
        body = evaluate(facts(incme_6m="1.00")).json()
        assert body["ignored_facts"] == ["incme_6m"]


class TestMalformedFacts:
    @pytest.mark.parametrize(
        "name,value",
        [
            ("income_6m", "12,000"),
            ("income_6m", 1234.5),
            ("income_6m", "1234.567"),
            ("income_6m", "-1.00"),
            ("income_6m", "abc"),
            ("income_6m", "NaN"),
            ("members", 0),
            ("members", True),
            ("members", "3.5"),
            ("members", 51),
            ("residency", "mars"),
            ("on_dibao", "maybe"),
            ("assistance_type", 1),
            ("grants_this_year", -1),
        ],
    )
    def test_malformed_fact_is_422_naming_it(self, evaluate, name, value):
        r = evaluate(facts(**{name: value}))
        assert r.status_code == 422
        assert r.json()["field"] == f"facts.{name}"
        assert r.headers["content-type"].startswith("application/problem+json")

    def test_integer_yuan_and_one_decimal_are_accepted(self, evaluate):
        assert evaluate(facts(income_6m=12000, requested_amount="3000.5")).json()["outcome"] == "eligible"

    def test_unknown_item_is_404_naming_it(self, client):
        r = client.post(
            "/v1/evaluations", headers=WINDOW, json={"item_code": "nope", "as_of": "2026-03-01", "facts": {}}
        )
        assert r.status_code == 404 and r.json()["field"] == "item_code"

    def test_item_without_rules_is_422(self, client):
        r = client.post(
            "/v1/evaluations",
            headers=WINDOW,
            json={"item_code": "education_assistance", "as_of": "2026-03-01", "facts": {}},
        )
        assert r.status_code == 422 and r.json()["field"] == "item_code"

    def test_bad_date_is_422(self, client):
        r = client.post(
            "/v1/evaluations",
            headers=WINDOW,
            json={"item_code": "temporary_assistance", "as_of": "2026-02-30", "facts": {}},
        )
        assert r.status_code == 422 and r.json()["field"] == "as_of"

    def test_requires_a_staff_token(self, client):
        r = client.post("/v1/evaluations", json={"item_code": "temporary_assistance", "as_of": "2026-03-01"})
        assert r.status_code == 401


class TestPriorGrantsFromRecords:
    def test_records_override_what_was_declared(self, evaluate, grants):
        grants.count, grants.amount = 2, "8000.00"
        body = evaluate(facts(grants_this_year=0), household_id_numbers=HOUSEHOLD).json()
        assert body["outcome"] == "ineligible"
        assert body["fact_sources"]["grants_this_year"] == "records"
        assert body["fact_sources"]["granted_amount_this_year"] == "records"
        assert body["fact_sources"]["income_6m"] == "declared"
        assert any("以记录为准" in n for n in body["notes"])
        assert grants.calls == [(tuple(HOUSEHOLD), 2026, "temporary_assistance")]

    def test_records_fill_facts_not_declared(self, evaluate, grants):
        grants.count, grants.amount = 1, "29000.00"
        f = {k: v for k, v in FULL_FACTS.items() if k not in ("grants_this_year", "granted_amount_this_year")}
        body = evaluate(f, household_id_numbers=HOUSEHOLD).json()
        assert body["outcome"] == "ineligible"  # 29000 + 3000 > 30000
        assert next(c for c in body["conditions"] if c["id"] == "annual_amount")["result"] == "failed"

    def test_transfer_down_keeps_declared_values_with_a_note(self, evaluate, grants):
        grants.down = True
        r = evaluate(FULL_FACTS, household_id_numbers=HOUSEHOLD)
        assert r.status_code == 200
        body = r.json()
        assert body["outcome"] == "eligible"
        assert body["fact_sources"]["grants_this_year"] == "declared"
        assert "未经核实" in body["notes"][0]

    def test_transfer_down_and_nothing_declared_is_unknown(self, evaluate, grants):
        grants.down = True
        f = {k: v for k, v in FULL_FACTS.items() if k != "grants_this_year"}
        body = evaluate(f, household_id_numbers=HOUSEHOLD).json()
        assert body["outcome"] == "needs_facts" and body["missing_facts"] == ["grants_this_year"]

    def test_bad_id_number_is_422_naming_it(self, evaluate):
        r = evaluate(FULL_FACTS, household_id_numbers=[HOUSEHOLD[0], "370211198001010000"])
        assert r.status_code == 422 and r.json()["field"] == "household_id_numbers[1]"

    def test_against_the_real_transfer_app(self, client, app, transfer_db, make_client):
        """The grants source speaks transfer's actual contract (service token, query, answer shape)."""
        from services.eligibility.grants_source import GrantsSource
        from services.transfer.app import create_app as transfer_app

        transfer = transfer_app(db=transfer_db)
        transfer.state.settings.run_workers = False
        source = GrantsSource(
            "http://testserver",
            auth_secret=app.state.settings.platform.auth_secret,
            caller="eligibility",
            client=make_client(transfer),
        )
        app.state.grants_source = source
        r = client.post(
            "/v1/evaluations",
            headers=WINDOW,
            json={
                "item_code": "temporary_assistance",
                "as_of": "2026-03-15",
                "facts": FULL_FACTS,
                "household_id_numbers": HOUSEHOLD,
            },
        )
        assert r.status_code == 200, r.text
        assert r.json()["fact_sources"]["grants_this_year"] == "records"
        assert r.json()["notes"] == []

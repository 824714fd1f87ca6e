"""低保 and 特困 as data: every condition at its threshold and one fen either side, each explained."""

import pytest

from tests.eligibility.conftest import ADMIN, WINDOW

DIBAO = {
    "members": 3,
    "residency": "local_hukou",
    "income_12m": "30000.00",
    "financial_assets": "20000.00",
    "homes": 1,
}
TEKUN = {
    "residency": "local_hukou",
    "category": "elderly",
    "work_ability": "none",
    "income_12m": "6000.00",
    "assets": "10000.00",
    "supporters": "none",
}


@pytest.fixture
def run(client):
    def _run(item_code: str, facts: dict, as_of: str = "2026-03-15"):
        body = {"item_code": item_code, "as_of": as_of, "facts": facts}
        response = client.post("/v1/evaluations", json=body, headers=WINDOW)
        assert response.status_code == 200, response.text
        return response.json()

    return _run


def condition(answer: dict, cid: str) -> dict:
    return next(c for c in answer["conditions"] if c["id"] == cid)


class TestUrbanDibao:
    """2026 demo parameters: standard 1120.00/month, financial assets 26880.00 a person; 3 members."""

    def test_a_household_within_every_limit_is_eligible_and_every_condition_explained(self, run):
        answer = run("urban_dibao", DIBAO)
        assert answer["outcome"] == "eligible"
        assert answer["rule_version"] == "urban_dibao@v1"
        assert [c["id"] for c in answer["conditions"]] == [
            "residency",
            "income",
            "financial_assets",
            "housing",
        ]
        assert all(c["result"] == "passed" and c["detail"] for c in answer["conditions"])
        assert (
            "833.33" in condition(answer, "income")["detail"]
            and "1120.00" in condition(answer, "income")["detail"]
        )

    @pytest.mark.parametrize(
        "income,result", [("40319.99", "passed"), ("40320.00", "failed"), ("40320.01", "failed")]
    )
    def test_monthly_income_per_person_below_the_standard(self, run, income, result):
        answer = run("urban_dibao", {**DIBAO, "income_12m": income})
        assert condition(answer, "income")["result"] == result
        assert answer["outcome"] == ("eligible" if result == "passed" else "ineligible")

    @pytest.mark.parametrize(
        "assets,result", [("80639.99", "passed"), ("80640.00", "passed"), ("80640.01", "failed")]
    )
    def test_financial_assets_per_person(self, run, assets, result):
        answer = run("urban_dibao", {**DIBAO, "financial_assets": assets})
        assert condition(answer, "financial_assets")["result"] == result

    @pytest.mark.parametrize("homes,result", [(1, "passed"), (2, "failed")])
    def test_housing(self, run, homes, result):
        assert condition(run("urban_dibao", {**DIBAO, "homes": homes}), "housing")["result"] == result

    def test_the_standard_of_the_evaluation_year_applies(self, run):
        # 2025: 1085.00 → the bar is 39060.00 for 3 people; 39060.00 fails in 2025, passes in 2026
        assert (
            condition(run("urban_dibao", {**DIBAO, "income_12m": "39060.00"}, "2025-06-01"), "income")[
                "result"
            ]
            == "failed"
        )
        assert (
            condition(run("urban_dibao", {**DIBAO, "income_12m": "39060.00"}), "income")["result"] == "passed"
        )

    def test_a_new_year_value_set_by_the_administrator_takes_effect_on_its_date(self, client, run):
        posted = client.post(
            "/v1/parameters/urban_dibao_monthly",
            json={"value": "1160.00", "effective_from": "2027-01-01", "note": "2027年标准"},
            headers=ADMIN,
        )
        assert posted.status_code in (200, 201), posted.text
        assert run("urban_dibao", {**DIBAO, "income_12m": "41759.99"}, "2027-01-01")["outcome"] == "eligible"
        assert (
            run("urban_dibao", {**DIBAO, "income_12m": "41759.99"}, "2026-12-31")["outcome"] == "ineligible"
        )

    def test_a_missing_fact_is_asked_for_not_taken_as_zero(self, run):
        facts = {k: v for k, v in DIBAO.items() if k != "financial_assets"}
        answer = run("urban_dibao", facts)
        assert answer["outcome"] == "needs_facts" and answer["missing_facts"] == ["financial_assets"]

    def test_the_rule_says_its_values_are_demo(self, client):
        rules = client.get("/v1/rules/urban_dibao", headers=WINDOW).json()
        assert "演示数值" in rules["definition"]["source"]


class TestTekun:
    def test_a_person_meeting_every_condition_is_eligible(self, run):
        answer = run("tekun", TEKUN)
        assert answer["outcome"] == "eligible"
        assert len(answer["conditions"]) == 6 and all(c["detail"] for c in answer["conditions"])

    @pytest.mark.parametrize(
        "income,result", [("13439.99", "passed"), ("13440.00", "failed"), ("13440.01", "failed")]
    )
    def test_no_source_of_living_means_income_below_the_standard(self, run, income, result):
        assert condition(run("tekun", {**TEKUN, "income_12m": income}), "income")["result"] == result

    @pytest.mark.parametrize(
        "assets,result", [("29999.99", "passed"), ("30000.00", "passed"), ("30000.01", "failed")]
    )
    def test_assets(self, run, assets, result):
        assert condition(run("tekun", {**TEKUN, "assets": assets}), "assets")["result"] == result

    @pytest.mark.parametrize(
        "ability,outcome", [("none", "eligible"), ("partial", "ineligible"), ("full", "ineligible")]
    )
    def test_work_ability(self, run, ability, outcome):
        assert run("tekun", {**TEKUN, "work_ability": ability})["outcome"] == outcome

    @pytest.mark.parametrize(
        "supporters,outcome", [("none", "eligible"), ("unable", "eligible"), ("able", "ineligible")]
    )
    def test_supporters_able_to_support_exclude(self, run, supporters, outcome):
        answer = run("tekun", {**TEKUN, "supporters": supporters})
        assert answer["outcome"] == outcome
        assert condition(answer, "supporters")["result"] == ("passed" if outcome == "eligible" else "failed")

    @pytest.mark.parametrize(
        "category,outcome", [("minor", "eligible"), ("disabled", "eligible"), ("other", "ineligible")]
    )
    def test_category(self, run, category, outcome):
        assert run("tekun", {**TEKUN, "category": category})["outcome"] == outcome

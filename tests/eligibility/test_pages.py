"""The explainer page and the catalogue admin pages, through the web front wired to the in-process service."""

import re

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import token_for
from web.app import create_app as web_app

ACCOUNTS = {"window_hd": ("window_staff", "370211001"), "admin": ("admin", "370211")}


def _intake_for(username: str):
    role, region = ACCOUNTS[username]

    def handler(request: httpx.Request) -> httpx.Response:
        account = {
            "username": username,
            "display_name": "测试员",
            "role": role,
            "region": region,
            "region_name": "黄岛街道",
            "department_id": None,
        }
        if request.url.path == "/v1/auth/me":  # the session re-check
            return httpx.Response(200, json=account)
        return httpx.Response(
            200,
            json={
                "access_token": token_for(role, region, subject=username),
                "expires_in": 3600,
                "account": account,
            },
        )

    return handler


@pytest.fixture
def web_as(client):
    def _login(username: str) -> TestClient:
        intake = httpx.Client(base_url="http://intake", transport=httpx.MockTransport(_intake_for(username)))
        web = TestClient(web_app(clients={"intake": intake, "eligibility": client}), follow_redirects=False)
        token = _csrf(web.get("/login").text)
        web.post("/login", data={"username": username, "password": "x", "csrf_token": token, "next": "/"})
        return web

    return _login


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _htmx(web: TestClient, page: str) -> dict:
    return {"HX-Request": "true", "X-CSRF-Token": _csrf(web.get(page).text)}


FORM = {
    "item_code": "temporary_assistance",
    "as_of": "2026-03-15",
    "fact_members": "3",
    "fact_residency": "local_hukou",
    "fact_on_dibao": "false",
    "fact_assistance_type": "expenditure",
    "fact_income_6m": "20160.00",
    "fact_medical_expense_6m": "0",
    "fact_education_expense_6m": "0",
    "fact_income_12m": "30000",
    "fact_assets_excluding_home": "5000",
    "fact_grants_this_year": "0",
    "fact_granted_amount_this_year": "0",
}


class TestExplainer:
    def test_form_offers_every_fact_of_the_rule(self, web_as):
        html = web_as("window_hd").get("/eligibility/explain").text
        assert 'data-fact="income_6m"' in html and "申请前6个月家庭可支配收入" in html
        assert "本区户籍" in html  # enum labels in Chinese

    def test_each_condition_green_red_or_grey_with_numbers(self, web_as):
        web = web_as("window_hd")
        html = web.post("/eligibility/explain", data=FORM, headers=_htmx(web, "/eligibility/explain")).text
        assert 'data-outcome="ineligible"' in html
        assert 'data-condition="income_6m" data-result="failed"' in html and "1120.00" in html
        assert 'data-condition="residency" data-result="passed"' in html
        assert 'data-condition="annual_amount" data-result="unknown"' in html
        assert 'data-fact-missing="requested_amount"' in html and "本次申请救助金额" in html  # still missing
        assert "<html" not in html  # only the result block for htmx

    def test_malformed_fact_is_named_beside_the_form(self, web_as):
        web = web_as("window_hd")
        html = web.post(
            "/eligibility/explain",
            data={**FORM, "fact_income_6m": "二万"},
            headers=_htmx(web, "/eligibility/explain"),
        ).text
        assert 'data-testid="explain-error"' in html and "facts.income_6m" in html

    def test_choosing_another_item_swaps_the_facts(self, web_as, admin_headers, client):
        definition = {
            "facts": {"age": {"type": "count", "label": "年龄", "max": 150}},
            "parameters": [],
            "conditions": [{"id": "age", "description": "年满80周岁", "test": "age >= 80"}],
        }
        client.put("/v1/rules/elderly_allowance", headers=admin_headers, json={"definition": definition})
        web = web_as("window_hd")
        html = web.get(
            "/eligibility/explain?item_code=elderly_allowance", headers={"HX-Request": "true"}
        ).text
        assert 'data-fact="age"' in html and 'data-fact="income_6m"' not in html

    def test_admin_pages_are_admin_only(self, web_as):
        assert web_as("window_hd").get("/admin/catalogue").status_code == 403


class TestCatalogueAdmin:
    def test_list_shows_items_levels_and_parameters(self, web_as):
        html = web_as("admin").get("/admin/catalogue").text
        assert 'data-item="temporary_assistance"' in html and "镇街办理" in html
        assert "每月 1—10 日" in html and 'data-parameter="urban_dibao_monthly"' in html

    def test_edit_item_makes_a_version_with_history(self, web_as):
        web = web_as("admin")
        page = web.get("/admin/catalogue/education_assistance").text
        form = {
            "csrf_token": _csrf(page),
            "name": "教育救助",
            "category": "教育救助",
            "owner_department_type": "education",
            "case_type": "promised",
            "time_limit_days": "15",
            "default_handling_level": "district",
            "acceptance_days": "",
            "active": "on",
            "legal_basis": "《社会救助暂行办法》第七章",
            "acceptance_conditions": "在校学生",
            "note": "缩短时限",
        }
        response = web.post("/admin/catalogue/education_assistance", data=form)
        assert response.status_code == 303
        page = web.get(response.headers["location"]).text
        assert "第 2 版" in page and "缩短时限" in page and "time_limit_days" in page

    def test_bad_edit_is_reported_not_saved(self, web_as):
        web = web_as("admin")
        page = web.get("/admin/catalogue/education_assistance").text
        form = {
            "csrf_token": _csrf(page),
            "name": "",
            "category": "教育救助",
            "owner_department_type": "education",
            "case_type": "promised",
            "default_handling_level": "district",
            "note": "x",
        }
        page = web.get(web.post("/admin/catalogue/education_assistance", data=form).headers["location"]).text
        assert 'data-testid="error"' in page and "第 1 版" in page

    def test_new_parameter_value(self, web_as):
        web = web_as("admin")
        page = web.get("/admin/catalogue").text
        response = web.post(
            "/admin/parameters",
            data={
                "csrf_token": _csrf(page),
                "name": "urban_dibao_monthly",
                "value": "1160.00",
                "effective_from": "2027-01-01",
            },
        )
        assert "2027-01-01" in web.get(response.headers["location"]).text

    def test_materials_and_level_forms(self, web_as):
        web = web_as("admin")
        token = _csrf(web.get("/admin/catalogue/tekun").text)
        web.post(
            "/admin/catalogue/tekun/materials",
            data={
                "csrf_token": token,
                "material": ["id_card"],
                "copies_id_card": "2",
                "original_id_card": "on",
            },
        )
        web.post(
            "/admin/catalogue/tekun/level",
            data={"csrf_token": token, "district": "370211", "level": "district"},
        )
        page = web.get("/admin/catalogue/tekun").text
        assert "所需材料 第 2 版" in page and "办理层级 第 1 版" in page  # history by name, not entity codes
        assert "item_materials" not in page.split("<main")[1]

"""The evaluation explainer and the catalogue admin in a real browser (Debian chromium via Playwright)."""

import pytest

from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
FACTS = {
    "members": "3",
    "income_6m": "20160.00",
    "medical_expense_6m": "0",
    "education_expense_6m": "0",
    "income_12m": "30000.00",
    "assets_excluding_home": "50000.00",
    "grants_this_year": "0",
    "granted_amount_this_year": "0",
}


class TestExplainer:
    def test_window_staff_sees_each_condition_coloured_with_numbers(self, browser_page):
        page = browser_page
        login(page, "window_hd")
        page.get_by_role("navigation").get_by_role("link", name="资格测算").click()
        page.wait_for_url("**/eligibility/explain")
        page.select_option("select[data-fact=residency]", "local_hukou")
        page.select_option("select[data-fact=on_dibao]", "false")
        page.select_option("select[data-fact=assistance_type]", "expenditure")
        for name, value in FACTS.items():
            page.fill(f"input[data-fact={name}]", value)
        page.get_by_test_id("explain-submit").click()
        page.wait_for_selector("[data-testid=outcome]")
        assert page.get_by_test_id("outcome").get_attribute("data-outcome") == "ineligible"
        failed = page.locator("tr[data-condition=income_6m]")
        assert failed.get_attribute("data-result") == "failed" and "1120.00" in failed.inner_text()
        assert page.locator("tr[data-condition=residency]").get_attribute("data-result") == "passed"
        assert page.locator("tr[data-condition=annual_amount]").get_attribute("data-result") == "unknown"
        assert "本次申请救助金额" in page.get_by_test_id("missing").inner_text()
        # green / red / grey rows
        colours = {
            r: page.locator(f"tr[data-result={r}] .badge").first.evaluate("e => getComputedStyle(e).color")
            for r in ("passed", "failed", "unknown")
        }
        assert len(set(colours.values())) == 3
        screenshot(page, "eligibility-explain")
        page.fill("input[data-fact=requested_amount]", "3000.00")
        page.fill("input[data-fact=income_6m]", "20159.99")
        page.get_by_test_id("explain-submit").click()
        page.wait_for_selector("[data-outcome=eligible]")

    def test_malformed_fact_is_named(self, browser_page):
        page = browser_page
        login(page, "window_hd")
        page.goto("/eligibility/explain")
        page.fill("input[data-fact=income_6m]", "两万")
        page.get_by_test_id("explain-submit").click()
        assert "facts.income_6m" in page.get_by_test_id("explain-error").inner_text()


class TestCatalogueAdmin:
    def test_admin_edits_an_item_and_sees_the_history(self, browser_page):
        page = browser_page
        login(page, "admin")
        page.get_by_role("navigation").get_by_role("link", name="事项目录").click()
        page.wait_for_url("**/admin/catalogue")
        assert page.locator("tr[data-item=low_rent_housing]").inner_text().count("1—10") == 1
        screenshot(page, "eligibility-catalogue")
        page.locator("tr[data-item=funeral_assistance] a").click()
        page.fill("input[name=time_limit_days]", "10")
        page.fill("input[name=note]", "浏览器测试：缩短时限")
        page.get_by_test_id("save-item").click()
        page.wait_for_selector("[data-testid=message]")
        assert "第 2 版" in page.get_by_test_id("message").inner_text()
        assert "浏览器测试：缩短时限" in page.get_by_test_id("history").inner_text()
        screenshot(page, "eligibility-item")

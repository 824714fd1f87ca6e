"""Login → home → logout in a real browser (Debian chromium via Playwright)."""

import pytest

from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser


class TestLogin:
    def test_window_staff_logs_in_sees_home_and_logs_out(self, browser_page):
        page = browser_page
        page.goto("/")
        assert page.url.endswith("/login")
        screenshot(page, "login")
        login(page, "window_hd")
        assert page.get_by_test_id("current-user").inner_text() == "王晓燕"
        assert page.get_by_role("link", name="新建受理").first.is_visible()
        screenshot(page, "home-window-staff")
        page.get_by_role("button", name="退出登录").click()
        page.wait_for_url("**/login")
        page.goto("/")
        assert page.url.endswith("/login")

    def test_wrong_password_is_refused_with_a_chinese_message(self, browser_page):
        page = browser_page
        login(page, "window_hd", "wrong-password")
        assert "用户名或密码错误" in page.locator("[role=alert]").inner_text()
        assert page.get_by_test_id("current-user").count() == 0

    def test_each_role_gets_its_own_navigation(self, browser_page):
        page = browser_page
        login(page, "supervisor")
        nav = page.locator("nav.mainnav").inner_text()
        assert "督办" in nav and "新建受理" not in nav

"""Service modes in a real browser: an agent's visit from a phone (photo, application on the household's
behalf), the supervisor's coverage, public booking and the window's day view, a charity taking up a need."""

import base64
import re

import pytest

from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)


class TestProactiveDiscovery:
    def test_agent_records_a_visit_on_a_phone_and_applies_for_the_household(self, browser_page):
        page = browser_page
        page.set_viewport_size(PHONE)
        login(page, "agent_hd")
        page.goto("/outreach")
        option = page.locator("select[name=household_id] option", has_text="赵德福")
        page.select_option("select[name=household_id]", value=option.get_attribute("value"))
        page.fill("textarea[name=situation]", "妻子突发疾病住院，家中无收入，孩子学费无着落")
        page.check("input[name=risk_level][value=high]")
        page.set_input_files(
            "input[name=photo]", files=[{"name": "visit.png", "mimeType": "image/png", "buffer": PNG}]
        )
        screenshot(page, "outreach-visit-phone")
        page.click("[data-testid=save-visit]")
        page.locator("[data-testid=saved]").wait_for()
        visit = page.locator("[data-testid=visits] li").first
        assert (
            "赵德福" in visit.inner_text()
            and "紧急" in visit.inner_text()
            and "照片1张" in visit.inner_text()
        )
        # the page fits the phone: nothing wider than the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        visit.locator("summary").click()
        visit.locator("input[name=item_codes][value=temporary_assistance]").check()
        visit.locator("input[name=authorisation_document]").fill("授权委托书 2026-11-24")
        visit.locator("[data-testid=start-application]").click()
        started = page.locator("[data-testid=case-started]")
        started.wait_for()
        assert re.search(r"HD-2026-\d{5}", started.inner_text())
        screenshot(page, "outreach-application-started-phone")

    def test_supervisor_sees_coverage_the_stale_households_and_the_watch_list(self, browser_page):
        page = browser_page
        login(page, "supervisor")
        page.goto("/outreach/coverage")
        summary = page.inner_text("[data-testid=coverage-summary]")
        assert "有走访计划 3 户" in summary
        assert "李春梅" in page.inner_text("[data-testid=not-visited]")  # never visited
        screenshot(page, "outreach-coverage")


class TestAppointments:
    def test_a_resident_books_on_a_phone_and_the_window_marks_the_arrival(self, chromium, live_stack):
        public = chromium.new_context(base_url=live_stack["web"], locale="zh-CN", viewport=PHONE)
        page = public.new_page()
        page.set_default_timeout(10_000)
        page.goto("/book")
        day = page.get_attribute("nav.day-choice a[aria-current=date]", "href").split("day=")[1]
        page.locator("input[name=slot_id]").first.check()
        page.fill("input[name=name]", "周小梅")
        page.fill("input[name=phone]", "13612345678")
        page.fill("input[name=matter]", "临时救助申请")
        screenshot(page, "appointments-public-book-phone")
        page.click("[data-testid=book]")
        code = page.inner_text("[data-testid=code]")
        assert len(code) == 8 and "周小梅" not in page.inner_text("[data-testid=receipt]")
        screenshot(page, "appointments-public-receipt-phone")
        public.close()
        staff = chromium.new_context(
            base_url=live_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = staff.new_page()
        page.set_default_timeout(10_000)
        login(page, "window_hd")
        page.goto(f"/appointments?day={day}")
        row = page.locator("[data-testid=appointments] tr", has_text="周小梅")
        assert "136****5678" in row.inner_text() and "13612345678" not in page.content()
        row.get_by_role("button", name="到场").click()
        page.wait_for_load_state("networkidle")
        assert "已到场" in page.locator("[data-testid=appointments] tr", has_text="周小梅").inner_text()
        screenshot(page, "appointments-day-view")
        staff.close()


class TestSocialForces:
    def test_a_window_publishes_a_need_and_the_charity_takes_it_up_with_a_refer_slip(
        self, chromium, live_stack
    ):
        context = chromium.new_context(
            base_url=live_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        login(page, "window_hd")
        # demo case 2 (accepted in 黄岛) reaches transfer through the outbox within a few seconds
        for _ in range(30):
            page.goto("/needs")
            page.fill("input[name=case_id]", "2")
            page.fill("input[name=title]", "术后老人需要上门助餐")
            page.fill("textarea[name=description]", "七旬老人术后行动不便，需要两个月上门助餐")
            page.click("[data-testid=publish-form] button[type=submit]")
            page.wait_for_load_state("networkidle")
            if not page.locator("[data-testid=error]").count():
                break
            page.wait_for_timeout(500)
        assert "待认领" in page.inner_text("[data-testid=needs]")
        page.goto("/needs")
        page.fill("input[name=case_id]", "2")
        page.fill("input[name=title]", "需要陪护")
        page.fill("textarea[name=description]", "联系电话 13800000000，需要陪护")
        page.click("[data-testid=publish-form] button[type=submit]")
        assert "电话号码" in page.inner_text("[data-testid=error]")
        context.close()
        context = chromium.new_context(
            base_url=live_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        login(page, "charity")
        page.goto("/needs")
        assert "马秀英" not in page.content()
        page.locator("[data-testid^=take-]").first.click()
        page.wait_for_load_state("networkidle")
        row = page.locator("[data-testid=needs] tr", has_text="术后老人需要上门助餐")
        assert "区慈善总会" in row.inner_text() and re.search(r"ZX-2026-\d{6}", row.inner_text())
        screenshot(page, "needs-taken-by-charity")
        context.close()

"""A whole intake in a real browser: empty form, live ID check, notice, supplement, acceptance, printed receipt."""

import re
import time

import pytest

from services.common.identity import compose_id_number
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
ID = compose_id_number("370211", "19880808", 57)
SLOW = 30_000  # ms for one page on a loaded machine (two cores, several suites at once)


def wait_for_slip_link(page, timeout: float = 90.0) -> None:
    """Reload the case page until transfer's slip is linked: at once on an idle machine, up to `timeout` s
    on a loaded one (the outbox worker hands the case over, transfer answers with its slip)."""
    deadline, pause = time.monotonic() + timeout, 250
    while not page.locator("a[href^='/slips/']").count():
        assert time.monotonic() < deadline, f"no slip link after {timeout:.0f} s"
        page.wait_for_timeout(pause)
        pause = min(pause * 2, 2000)
        page.reload(timeout=SLOW)


class TestIntakeInBrowser:
    def test_empty_form_to_printed_receipt(self, browser_page, live_stack):
        page = browser_page
        page.set_default_timeout(SLOW)
        login(page, "window_hd")
        page.goto("/applications/new")
        page.fill("input[name=applicant_name]", "周小梅")
        page.fill("#id_number", ID[:-1] + ("0" if ID[-1] != "0" else "1"))
        page.locator("[data-testid=id-check]").filter(has_text="无效").wait_for()
        page.fill("#id_number", ID)
        page.locator("[data-testid=id-check]").filter(has_text="有效").wait_for()
        page.fill("input[name=phone]", "13612345678")
        page.select_option("select[name=hukou_region]", "370211001")
        page.fill("textarea[name=difficulty]", "丈夫突发脑溢血住院，家中无其他收入")
        page.check("input[name=item_codes][value=temporary_assistance]")
        # the materials list is redrawn (htmx) for the chosen item: tick a box only once it is the new list
        page.locator("[data-testid=materials-for][value=temporary_assistance]").wait_for(state="attached")
        page.check("input[name=provided][value=id_card]")
        screenshot(page, "intake-wizard")
        page.click("[data-testid=register]")
        page.wait_for_url(re.compile(r".*/applications/\d+$"))  # not /applications/new, where it starts
        assert "周小梅" in page.inner_text("main")
        page.click("[data-testid=issue-notice]")
        page.wait_for_url("**/notice/print")
        assert page.locator("text=申请人签名").count() == 2
        page.emulate_media(media="print")
        screenshot(page, "intake-notice-print")
        page.emulate_media(media="screen")
        page.go_back()
        page.reload()
        for box in page.locator("input[name=materials]").all():
            box.check()
        page.get_by_role("button", name="登记补正材料").click()
        page.wait_for_load_state("networkidle")
        page.click("[data-testid=accept]")
        page.wait_for_url("**/receipt/print")
        receipt = page.inner_text("[data-testid=receipt]")
        assert "受理回执" in receipt and "承诺办结日期" in receipt and "王晓燕" in receipt
        page.emulate_media(media="print")
        path = screenshot(page, "intake-receipt-print")
        assert path.exists()
        page.emulate_media(media="screen")
        page.go_back()
        page.reload()
        # transfer's "slip issued" event may already have moved the case on
        assert page.inner_text("[data-testid=case-status]") in ("已受理", "办理中")
        assert "办结期限" in page.inner_text("[data-testid=deadline]")
        wait_for_slip_link(page)
        assert page.locator("a[href^='/slips/']").count() == 1
        screenshot(page, "intake-case")
        page.goto("/workbench")
        screenshot(page, "intake-workbench")

"""Service modes in a real browser: the public service guide (desktop and phone, printable forms), online
self-application with an SMS code up to the window's confirmation, and the visitor register turned into
an application in one click."""

import json
import re

import pytest

from services.common.identity import compose_id_number
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
ONLINE_ID = compose_id_number("370211", "19660606", 73)
VISITOR_ID = compose_id_number("370211", "19550505", 84)


def sms_code(live_stack) -> str:
    """The newest code the log-only SMS gateway wrote to intake's log (JSON lines; the phone is masked)."""
    codes = []
    for line in live_stack["logs"]["intake"].read_text(encoding="utf-8").splitlines():
        try:
            message = json.loads(line).get("msg", "")
        except ValueError:
            message = line
        codes += re.findall(r"验证码为(\d{6})", message)
    assert codes, "no verification code in the intake log"
    return codes[-1]


def fits_width(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


class TestServiceGuide:
    def test_guide_on_desktop_and_phone_with_printable_forms(self, browser_page):
        page = browser_page
        page.set_viewport_size(DESKTOP)
        page.goto("/guide")
        assert page.locator("[data-testid=guide-list] a").count() >= 5
        assert "办事指南" in page.inner_text("header")  # public nav, no login
        screenshot(page, "guide-list-desktop")
        page.click("text=城市最低生活保障")
        page.wait_for_url("**/guide/urban_dibao")
        text = page.inner_text("[data-testid=guide-item]")
        assert "谁可以申请" in text and "法律依据" in text and "每月 1—10 日" in text
        assert page.locator("[data-testid=materials] .badge.ok").count() >= 1  # 减证便民
        assert page.locator("[data-testid=windows] tbody tr").count() == 6
        screenshot(page, "guide-item-desktop")
        page.set_viewport_size(PHONE)
        page.reload()
        assert fits_width(page), "the guide scrolls sideways on a phone"
        screenshot(page, "guide-item-phone")
        page.goto("/guide")
        assert fits_width(page)
        screenshot(page, "guide-list-phone")
        page.set_viewport_size(DESKTOP)
        page.goto("/guide/urban_dibao/form")
        assert "城市最低生活保障申请表" in page.inner_text("[data-testid=application-form]")
        assert page.locator("[data-testid=example-mark]").count() == 0
        page.emulate_media(media="print")
        screenshot(page, "guide-blank-form-print")
        page.goto("/guide/urban_dibao/form?example=1")
        assert "张某某" in page.inner_text("[data-testid=application-form]")
        screenshot(page, "guide-example-form-print")
        page.emulate_media(media="screen")
        assert page.goto("/guide/no_such_item").status == 404


class TestOnlineApplication:
    def test_resident_applies_on_a_phone_and_the_window_confirms(self, browser_page, live_stack):
        page = browser_page
        page.set_viewport_size(PHONE)
        page.goto("/apply?item=temporary_assistance")
        page.select_option("select[name=region]", "370211001")
        page.fill("input[name=name]", "吴秀兰")
        page.fill("#id_number", ONLINE_ID)
        page.fill("#phone", "13700001111")
        page.click("[data-testid=send-code]")
        page.locator("#code-status").filter(has_text="137****1111").wait_for()
        page.fill("input[name=verification_code]", "000000" if sms_code(live_stack) != "000000" else "111111")
        page.select_option("select[name=hukou_region]", "370211001")
        page.fill("textarea[name=difficulty]", "独自抚养孙子，今年冬天取暖费和学费无力承担")
        assert page.is_checked("input[name=item_codes][value=temporary_assistance]")
        screenshot(page, "apply-form-phone")
        page.click("button[type=submit]")
        error = page.inner_text("[data-testid=form-error]")
        assert "验证码" in error and "还可尝试4次" in error
        assert page.input_value("textarea[name=difficulty]").startswith("独自抚养孙子")  # nothing lost
        page.fill("input[name=verification_code]", sms_code(live_stack))
        page.fill("#id_number", ONLINE_ID)
        page.click("button[type=submit]")
        receipt = page.inner_text("[data-testid=online-receipt]")
        reference = re.search(r"HD-WS-\d{4}-\d{5}", receipt).group(0)
        assert "黄岛街道便民服务中心" in receipt
        assert fits_width(page)
        screenshot(page, "apply-receipt-phone")

        page.set_viewport_size(DESKTOP)
        login(page, "window_hd")
        page.goto("/online-applications")
        row = page.locator("[data-testid=online-rows] tr", has_text=reference)
        assert "370211********" in row.inner_text() and "137****1111" in row.inner_text()
        screenshot(page, "online-queue")
        row.locator("a").click()
        screenshot(page, "online-detail")
        page.click("[data-testid=confirm]")
        page.wait_for_url(re.compile(r".*/applications/\d+$"))
        case = page.inner_text("main")
        assert "吴秀兰" in case and "网上申请" in case
        page.goto("/online-applications?status=confirmed")
        assert (
            page.locator("[data-testid=online-rows] tr", has_text=reference).locator(".badge.ok").count() == 1
        )


class TestConsultationRegister:
    def test_phone_call_recorded_listed_exported_and_converted(self, browser_page):
        page = browser_page
        page.set_viewport_size(DESKTOP)
        login(page, "window_hd")
        page.click("nav >> text=来访登记")
        page.click("[data-testid=new-consultation]")
        page.check("input[name=channel][value=phone]")
        page.fill("input[name=visitor_name]", "郑大爷")
        page.fill("input[name=contact]", "13655556666")
        page.fill("input[name=id_number]", VISITOR_ID)
        page.select_option("select[name=hukou_region]", "370211001")
        page.fill("textarea[name=matter]", "老伴瘫痪在床，问能否申请临时救助，需要带什么")
        page.check("input[name=item_codes][value=temporary_assistance]")
        page.check("input[name=one_time_notice]")
        page.fill("textarea[name=answer]", "已告知临时救助的条件、材料和20个工作日的时限")
        page.select_option("select[name=follow_up_days]", "2")
        screenshot(page, "consultation-new")
        page.click("[data-testid=record]")
        page.wait_for_url(re.compile(r".*/consultations/\d+$"))
        detail = page.inner_text("[data-testid=consultation]")
        assert "王晓燕" in detail and "待回访" in detail
        assert page.locator("[data-testid=notice-materials] li").count() >= 3
        screenshot(page, "consultation-detail")

        page.goto("/consultations?q=郑大爷")
        rows = page.inner_text("[data-testid=consultation-rows]")
        assert "136****6666" in rows and "13655556666" not in rows
        screenshot(page, "consultation-list")
        csv = page.request.get("/consultations/export.csv?q=郑大爷").text()
        assert "郑大爷" in csv and "136****6666" in csv

        page.goto("/consultations?q=郑大爷")
        page.locator("[data-testid=consultation-rows] a").first.click()
        page.click("[data-testid=convert]")
        page.wait_for_url("**/applications/new?consultation=*")
        assert page.locator("[data-testid=from-consultation]").count() == 1
        assert page.input_value("input[name=applicant_name]") == "郑大爷"
        assert page.input_value("#id_number") == VISITOR_ID
        assert page.input_value("input[name=phone]") == "13655556666"
        assert page.is_checked("input[name=item_codes][value=temporary_assistance]")
        screenshot(page, "consultation-to-wizard")
        page.click("[data-testid=register]")
        page.wait_for_url(re.compile(r".*/applications/\d+$"))
        case_number = re.search(r"HD-\d{4}-\d{5}", page.inner_text("main")).group(0)
        page.goto("/consultations?q=郑大爷")
        assert f"已转申请 {case_number}" in page.inner_text("[data-testid=consultation-rows]")

    def test_a_supervisor_reads_the_register_but_cannot_record(self, browser_page):
        page = browser_page
        login(page, "supervisor")
        page.goto("/consultations")
        assert page.locator("[data-testid=consultation-stats]").count() == 1
        assert page.locator("[data-testid=new-consultation]").count() == 0
        assert page.goto("/consultations/new").status == 403

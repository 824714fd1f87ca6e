"""A window clerk's day in a real browser (issue 15): the applicant read from an ID-card reader (the number
masked on screen, posted whole), three cases of different items registered and accepted at the 黄岛街道
window with their receipts printed, the street's civil-affairs office answering its slip in the inbox, and
the applicant reading the department's reply on the public progress page at phone width.
Screenshots: test-artifacts/<backend>-clerk-*.png."""

import re
import time

import pytest

from services.common.identity import compose_id_number, mask_id_number
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser

OLD = compose_id_number("370211", "19390214", 611)  # 87 on the suite's day: 高龄津贴 is suggested
SICK = compose_id_number("370211", "19720918", 612)
CHILD = compose_id_number("370211", "20080310", 615)
POOR = compose_id_number("370211", "19660402", 613)
OTHER = compose_id_number("370211", "19500101", 614)  # a neighbour's number the department wrote by mistake
READER = (
    f"赵桂兰|女|汉|19390214|山东省青岛市黄岛区黄岛街道香江路12号|{OLD}|青岛市公安局黄岛分局|2019.05.01-长期"
)
REPLY = f"您申请的临时救助已批准，1500 元将于下月发放至社保卡。<b>如有疑问</b>请致电 0532-86850101。{OTHER}"
SLOW = 30_000  # ms for one page on a loaded machine (two cores, several suites at once)
VISIBLE_VALUES = """() => Array.from(document.querySelectorAll('input, textarea'))
  .filter(e => e.type !== 'hidden' && e.offsetParent !== null).map(e => e.value)"""


def wait_until(page, ready, *, timeout: float = 90.0, what: str) -> None:
    """Reload until `ready()` holds: at once on an idle machine, up to `timeout` s on a loaded one."""
    deadline, pause = time.monotonic() + timeout, 250
    while not ready():
        assert time.monotonic() < deadline, f"{what}: nothing after {timeout:.0f} s"
        page.wait_for_timeout(pause)
        pause = min(pause * 2, 2000)
        page.reload(timeout=SLOW)


def choose_item(page, code: str) -> None:
    """Tick an item and wait until the materials list has been redrawn for the items now chosen."""
    page.check(f"input[name=item_codes][value={code}]")
    chosen = sorted(page.eval_on_selector_all("input[name=item_codes]:checked", "es => es.map(e => e.value)"))
    page.locator(f"[data-testid=materials-for][value='{','.join(chosen)}']").wait_for(state="attached")


def register_and_accept(page, name: str) -> tuple[str, str]:
    """Tick every listed material, register, accept, print the receipt; (case address, case number)."""
    for box in page.locator("#materials > .checks input[name=provided]").all():
        box.check()
    page.click("[data-testid=register]")
    page.wait_for_url(re.compile(r".*/applications/\d+$"), timeout=SLOW)
    case_url = page.url
    assert name in page.inner_text("main")
    assert "材料已齐" in page.inner_text("main")
    page.click("[data-testid=accept]")
    page.wait_for_url("**/receipt/print", timeout=SLOW)
    receipt = page.inner_text("[data-testid=receipt]")
    assert "受理回执" in receipt and "承诺办结日期" in receipt and "王晓燕" in receipt
    number = re.search(r"[A-Z]{2}-\d{4}-\d{5}", receipt).group(0)
    return case_url, number


@pytest.fixture
def clerk(browser_page):
    page = browser_page
    page.set_default_timeout(SLOW)
    login(page, "window_hd")
    page.goto("/applications/new")
    return page


class TestIdCardReader:
    def test_the_number_read_is_masked_on_screen_and_posted_whole(self, clerk):
        page = clerk
        page.get_by_test_id("card-input").fill(READER)
        page.get_by_test_id("card-input").press("Enter")
        page.get_by_test_id("card-result").wait_for()
        assert "赵桂兰" in page.get_by_test_id("card-result").inner_text()
        assert page.get_by_test_id("id-masked").inner_text() == mask_id_number(OLD)
        assert page.get_by_test_id("card-input").input_value() == ""  # the reader's raw string is gone
        assert page.locator("#id_number").get_attribute("type") == "hidden"
        assert page.locator("#id_number").input_value() == OLD  # what the form posts
        assert OLD not in page.inner_text("body")
        assert not [v for v in page.evaluate(VISIBLE_VALUES) if OLD in v]
        # the age read from the card drives the suggestions (the live part follows the card read)
        page.get_by_test_id("add-elderly_allowance").wait_for()
        assert "87 周岁" in page.get_by_test_id("suggestions").inner_text()
        screenshot(page, "clerk-card-read")
        page.get_by_test_id("retype-id").click()
        page.locator("input#id_number:not([type=hidden])").wait_for()
        assert page.locator("#id_number").input_value() == ""
        assert page.get_by_test_id("id-from-card").count() == 0


class TestClerksDay:
    def test_three_cases_printed_answered_and_the_reply_public(self, clerk, live_stack):
        page = clerk
        # 1. 高龄津贴 for an 87-year-old read from the card, added from the suggestion
        page.get_by_test_id("card-input").fill(READER)
        page.get_by_test_id("card-input").press("Enter")
        page.get_by_test_id("id-masked").wait_for()
        page.fill("input[name=phone]", "13705320611")
        page.fill("#difficulty", "独居老人，行动不便，无固定收入")
        page.get_by_test_id("add-elderly_allowance").click()
        page.locator("[data-testid=materials-for][value=elderly_allowance]").wait_for(state="attached")
        assert page.locator("input[name=item_codes][value=elderly_allowance]").is_checked()
        page.get_by_test_id("routing-preview").wait_for()
        screenshot(page, "clerk-form-elderly")
        elderly_url, _ = register_and_accept(page, "赵桂兰")
        page.emulate_media(media="print")
        screenshot(page, "clerk-receipt-elderly")
        page.emulate_media(media="screen")
        assert OLD not in page.inner_text("body")  # the printed receipt masks the number too

        # 2. 医疗救助 typed by hand, with a household member
        page.goto("/applications/new")
        page.fill("input[name=applicant_name]", "钱卫东")
        page.fill("#id_number", SICK)
        page.locator("[data-testid=id-check]").filter(has_text="有效").wait_for()
        page.fill("input[name=phone]", "13705320612")
        page.get_by_test_id("add-member").click()
        page.locator("#members input[name=member_name]").last.fill("钱小雨")
        page.locator("#members input[name=member_id]").last.fill(CHILD)
        page.locator("#members input[name=member_relation]").last.fill("子女")
        page.fill("#difficulty", "妻子患尿毒症长期透析，自付医疗费高")
        choose_item(page, "medical_assistance")
        register_and_accept(page, "钱卫东")

        # 3. 临时救助 after a fire, the slip the street's civil-affairs office will answer
        page.goto("/applications/new")
        page.fill("input[name=applicant_name]", "孙海燕")
        page.fill("#id_number", POOR)
        page.locator("[data-testid=id-check]").filter(has_text="有效").wait_for()
        page.fill("input[name=phone]", "13705320613")
        page.fill("#difficulty", "家中失火，衣物家具全部烧毁，生活困难")
        choose_item(page, "temporary_assistance")
        screenshot(page, "clerk-form-temporary")
        case_url, number = register_and_accept(page, "孙海燕")
        page.emulate_media(media="print")
        screenshot(page, "clerk-receipt-temporary")
        page.emulate_media(media="screen")

        # transfer answers the handoff with its slip (the outbox worker; slow on a loaded machine)
        page.goto(case_url)
        slip_links = page.locator("[data-testid=case-slips] a[href^='/slips/']")
        wait_until(page, lambda: slip_links.count() > 0, what="slip of the 临时救助 case")
        slip_id = slip_links.first.get_attribute("href").split("/")[2]
        assert "分办" in page.get_by_test_id("case-slips").inner_text()
        screenshot(page, "clerk-case-temporary")
        page.goto("/workbench")
        workbench = page.inner_text("main")
        assert all(n in workbench for n in ("赵桂兰", "钱卫东", "孙海燕"))
        page.goto(elderly_url)
        assert page.get_by_test_id("case-status").inner_text() in ("已受理", "办理中")
        page.get_by_role("button", name="退出登录").click()

        # the office answers in its inbox: sign, opinion, result, feedback with its reply to the applicant
        login(page, "dept_hd_ca")
        page.goto("/inbox")
        card = page.locator(f"#slip-{slip_id}")
        card.get_by_role("button", name="签收").click()
        card.locator("textarea[name=opinion]").fill("符合临时救助条件，拟给予救助")
        card.get_by_role("button", name="提交意见").click()
        card.locator("input[name=amount]").fill("1500.00")
        card.locator("textarea[name=reason]").first.fill("经街道审批同意")
        card.get_by_role("button", name="登记办理结果").click()
        card.locator("textarea[name=to_applicant]").fill(REPLY)
        card.locator("textarea[name=to_window]").fill("已办结，发放1500元")
        card.get_by_role("button", name="提交反馈").click()
        card.get_by_test_id("inbox-state").filter(has_text="已反馈").wait_for()
        screenshot(page, "clerk-inbox-answered")
        page.get_by_role("button", name="退出登录").click()

        # the window sees the case concluded once transfer's feedback event has arrived
        login(page, "window_hd")
        page.goto(case_url)
        status = page.get_by_test_id("case-status")
        wait_until(page, lambda: status.inner_text() == "已办结", what="the case concluded by the feedback")
        page.get_by_role("button", name="退出登录").click()

        # the applicant, at phone width, types the case number in lower case and reads the reply
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(f"/progress?case={number.lower()}")
        page.fill("input[name=id_last6]", POOR[-6:])
        page.get_by_role("button", name="查询").click()
        reply = page.get_by_test_id("progress-reply")
        reply.wait_for()
        text = reply.inner_text()
        assert "1500 元将于下月发放至社保卡" in text and "<b>如有疑问</b>" in text  # escaped, not markup
        assert reply.locator("b").count() == 0
        assert OTHER not in page.inner_text("body") and mask_id_number(OTHER) in text
        departments = page.get_by_test_id("progress-departments").inner_text()
        assert "黄岛街道" in departments and "孙丽" not in departments  # offices, never staff names
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        screenshot(page, "clerk-progress-reply-phone")

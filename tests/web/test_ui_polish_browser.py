"""Issue 15 polish, looked for in a real browser: inline radios, login landing, one lit nav item, skip link and
focus ring, AA contrast of near-due amber, printed receipt/notice (basis wording, seal, window contact, QR,
unbroken headers and date line), the slip page title, confirmation before key rotation, region selects."""

import re

import pytest

from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser

ACCEPTED = r"承诺办结日期</th><td><b>\d{4}-\d\d-\d\d"  # a receipt of a case that was accepted
ROLE_HOMES = {
    "window_hd": "/workbench",
    "dept_edu": "/inbox",
    "supervisor": "/supervision",
    "admin": "/admin/catalogue",
}
CONTRAST_JS = """(cls) => {
  const el = document.createElement('span'); el.className = cls; el.textContent = '临近期限';
  document.querySelector('main').appendChild(el);
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = (c) => { const [r, g, b] = rgb(c).slice(0, 3).map(v => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let bg = el;  // the first ancestor (or itself) that paints a background is what the text sits on
  while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] === 0)) bg = bg.parentElement;
  const a = lum(getComputedStyle(el).color), b = lum(bg ? getComputedStyle(bg).backgroundColor : 'rgb(255,255,255)');
  el.remove(); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def wide(page, width=1366, height=768):
    page.set_viewport_size({"width": width, "height": height})


def one_line(page, selector: str) -> list[str]:
    """Texts of the elements under `selector` whose words run over more than one line."""
    return page.eval_on_selector_all(
        selector,
        """els => els.filter(e => {
            const range = document.createRange(); range.selectNodeContents(e);
            const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
            return tops.size > 1;
        }).map(e => e.innerText)""",
    )


class TestRateRadios:
    @pytest.mark.parametrize("width,height", [(1366, 768), (390, 844)])
    def test_each_radio_sits_on_the_line_of_its_own_words(self, browser_page, width, height):
        page = browser_page
        wide(page, width, height)
        page.goto("/rate")
        screenshot(page, f"polish-rate-{width}")
        labels = page.locator("label:has(input[type=radio])")
        assert labels.count() == 5
        for i in range(5):
            label = labels.nth(i)
            radio = label.locator("input").bounding_box()
            box = label.bounding_box()
            # the circle is left of the words, on the same line, not centred above them
            assert box["height"] < 2 * radio["height"] + 8, label.inner_text()
            assert radio["x"] - box["x"] < 4 and box["width"] > radio["width"] + 20
        assert page.locator("fieldset legend").inner_text() == "您对本次办理的评价"


class TestPublicPagesAtPhoneWidth:
    @pytest.mark.parametrize("path", ["/progress", "/rate", "/complaint", "/login"])
    def test_nothing_wider_than_the_phone_and_nav_words_whole(self, browser_page, path):
        page = browser_page
        wide(page, 390, 844)
        page.goto(path)
        screenshot(page, f"polish-phone-{path.strip('/')}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert one_line(page, "nav.mainnav a") == []

    def test_progress_query_takes_the_case_number_from_the_qr_link(self, browser_page):
        page = browser_page
        page.goto("/progress?case=HD-2026-00001")
        assert page.input_value("input[name=case_number]") == "HD-2026-00001"


class TestNavigation:
    @pytest.mark.parametrize("username", list(ROLE_HOMES))
    def test_login_lands_on_the_roles_home_page(self, browser_page, username):
        login(browser_page, username)
        assert browser_page.url.endswith(ROLE_HOMES[username])

    def test_login_still_honours_where_the_person_was_going(self, browser_page):
        page = browser_page
        page.goto("/slips")
        assert "/login" in page.url
        page.fill("input[name=username]", "window_hd")
        page.fill("input[name=password]", "yimen-demo-2026")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        assert page.url.endswith("/slips")

    def test_exactly_one_nav_item_is_lit(self, browser_page):
        page = browser_page
        login(page, "window_hd")
        page.goto("/applications/new")
        lit = page.locator("nav.mainnav a.active")
        assert lit.count() == 1 and lit.inner_text() == "新建受理"
        assert lit.get_attribute("aria-current") == "page"
        page.goto("/applications")
        assert page.locator("nav.mainnav a.active").all_inner_texts() == ["案件台账"]

    def test_skip_link_first_and_focus_ring_visible(self, browser_page):
        page = browser_page
        wide(page)
        login(page, "window_hd")
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e),
            r = e.getBoundingClientRect(); return {text: e.innerText, outline: s.outlineStyle,
            width: parseFloat(s.outlineWidth), top: r.top}; }""")
        assert focused["text"] == "跳到正文" and focused["top"] >= 0
        assert focused["outline"] != "none" and focused["width"] >= 2
        screenshot(page, "polish-skip-link-focused", full_page=False)
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.keyboard.press("Tab")
        ring = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert ring != "none"

    def test_near_due_amber_and_secondary_text_reach_aa_contrast(self, browser_page):
        page = browser_page
        login(page, "window_hd")
        for cls in ("badge warn", "due-near", "muted", "footer", "alert alert-warn"):
            assert page.evaluate(CONTRAST_JS, cls) >= 4.5, cls


def first_case_with(page, path_suffix: str, marker: str, text: str = "") -> int:
    page.goto("/applications")
    ids = sorted({int(m) for m in re.findall(r'href="/applications/(\d+)"', page.content())})
    for case_id in ids:
        answer = page.goto(f"/applications/{case_id}/{path_suffix}")
        if answer.status == 200 and page.locator(marker).count() and re.search(text, page.content()):
            return case_id
    raise AssertionError(f"no demo case has {path_suffix}")


class TestPrintedDocuments:
    def check_document(self, page, name: str):
        doc = page.locator("article.document").first
        text = doc.inner_text()
        assert "盖章处" in text and doc.locator("[data-testid=seal]").is_visible()
        assert "电话：0532-" in text and "地址：" in text
        qr = doc.locator("[data-testid=progress-qr] svg")
        assert qr.count() == 1 and qr.bounding_box()["width"] >= 60
        assert "/progress?case=" in doc.locator("[data-testid=progress-qr]").inner_text()
        assert one_line(page, "article.document th") == []
        assert one_line(page, "article.document .signature-line > span") == []
        assert "chinesecalendar" not in page.content()
        screenshot(page, name)
        page.emulate_media(media="print")
        screenshot(page, f"{name}-print")
        assert one_line(page, "article.document th") == []
        page.emulate_media(media="screen")

    def test_receipt_names_the_notice_carries_seal_contact_and_qr(self, browser_page):
        page = browser_page
        wide(page)
        login(page, "window_hd")
        first_case_with(page, "receipt/print", "[data-testid=receipt] table", ACCEPTED)
        assert (
            "国务院办公厅关于2026年部分节假日安排的通知" in page.locator("[data-testid=receipt]").inner_text()
        )
        self.check_document(page, "polish-receipt")

    def test_notice_carries_seal_contact_and_qr(self, browser_page):
        page = browser_page
        wide(page)
        login(page, "window_hd")
        try:
            first_case_with(page, "notice/print", "article.document table")
        except (
            AssertionError
        ):  # no notice issued yet in this stack: issue one on a case still missing materials
            page.goto("/applications")
            for href in page.eval_on_selector_all(
                "main a[href^='/applications/']", "e => e.map(a => a.href)"
            ):
                page.goto(href)
                if page.locator("[data-testid=issue-notice]").count():
                    page.click("[data-testid=issue-notice]")
                    page.wait_for_url("**/notice/print")
                    break
        self.check_document(page, "polish-notice")

    def test_case_page_basis_names_no_package(self, browser_page):
        page = browser_page
        login(page, "window_hd")
        case_id = first_case_with(page, "receipt/print", "[data-testid=receipt] table", ACCEPTED)
        page.goto(f"/applications/{case_id}")
        text = page.locator("main").inner_text()
        assert "国务院办公厅关于2026年部分节假日安排的通知" in text and "chinesecalendar" not in text


class TestSlipTitle:
    def test_the_supervisors_slip_page_title_is_plain_text(self, browser_page):
        page = browser_page
        login(page, "supervisor")
        page.goto("/slips")
        page.locator("main a[href^='/slips/']").first.click()
        page.wait_for_load_state("networkidle")
        title = page.title()
        assert "<" not in title and len(title) < 60, title
        assert page.locator("[data-testid=access-log]").count() == 1


class TestAdminForms:
    def test_key_rotation_asks_first_and_cancel_changes_nothing(self, browser_page):
        page = browser_page
        login(page, "admin")
        page.goto("/admin/departments")
        form = page.get_by_test_id("new-department")  # each row has its own edit form with the same names
        form.locator("input[name=id]").fill("370211-rotate-check")
        form.locator("input[name=name]").fill("区慈善联合会")
        form.locator("select[name=integration_mode]").select_option("callback")
        form.locator("input[name=callback_url]").fill("https://charity.example/yimen")
        form.locator("input[name=handler_a]").fill("林静")
        form.get_by_role("button", name="新增").click()
        page.get_by_test_id("shown-once").wait_for()
        page.goto("/admin/departments")
        row = page.get_by_test_id("departments").locator("tr", has_text="区慈善联合会")
        keys_before = row.inner_text()
        rotate = row.get_by_role("button", name="轮换密钥")
        messages = []
        page.once("dialog", lambda dialog: (messages.append(dialog.message), dialog.dismiss()))
        rotate.click()
        page.wait_for_load_state("networkidle")
        assert messages and "确定轮换" in messages[0]
        assert page.get_by_test_id("shown-once").count() == 0
        assert row.inner_text() == keys_before  # cancelled: no new key, no second key listed
        page.once("dialog", lambda dialog: dialog.accept())
        rotate.click()
        page.get_by_test_id("shown-once").wait_for()
        assert "whsec_" in page.get_by_test_id("shown-once").inner_text()
        screenshot(page, "polish-key-rotated")

    def test_region_fields_are_selects_of_named_regions(self, browser_page):
        page = browser_page
        login(page, "admin")
        page.goto("/admin/departments")
        options = page.locator("select[name=region] option").all_inner_texts()
        assert "青岛西海岸新区" in options and "黄岛街道" in options
        page.goto("/admin/catalogue")
        page.locator("main a[href^='/admin/catalogue/']").first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("select[name=district] option").all_inner_texts() == ["青岛西海岸新区"]

"""The web-mode inbox and the printable, verifiable slip in a real browser (Debian chromium via Playwright)."""

import re

import httpx
import pytest

from services.common.identity import compose_id_number
from tests.conftest import TODAY, token_for
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser


def _issue_case(transfer_url: str, case_id: int, accepted: str = "2026-11-23", limit: int = 20) -> dict:
    body = {
        "case_id": case_id,
        "case_number": f"HD-2026-{case_id:05d}",
        "window_region": "370211001",
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {
            "name": "张三丰",
            "id_number": compose_id_number("370211", "19850612", 31),
            "phone": "13800000000",
            "hukou_region": "370211001",
        },
        "household_id_numbers": [],
        "difficulty": "家中失火，生活困难",
        "emergency": False,
        "items": [
            {
                "item_code": "temporary_assistance",
                "item_name": "临时救助",
                "time_limit_days": limit,
                "route": {
                    "kind": "dispatch",
                    "receiver_department_type": "civil_affairs",
                    "receiver_region": "370211001",
                    "reason": "街道可以办理临时救助",
                },
            }
        ],
        "accepted_date": accepted,
        "due_date": "2026-12-31",
    }
    response = httpx.post(
        f"{transfer_url}/v1/cases",
        json=body,
        timeout=10,
        headers={"Authorization": f"Bearer {token_for('service', '')}", "Idempotency-Key": f"case-{case_id}"},
    )
    assert response.status_code == 201, response.text
    return response.json()["slips"][0]


class TestInbox:
    def test_department_staff_handles_a_slip_in_the_inbox(self, browser_page, live_stack):
        slip = _issue_case(live_stack["transfer"], 900001)
        page = browser_page
        login(page, "dept_hd_ca")
        page.goto("/inbox")
        card = page.locator(f"#slip-{slip['id']}")
        assert slip["number"] in card.inner_text()
        screenshot(page, "transfer-inbox")
        card.get_by_role("button", name="签收").click()
        page.locator(f"#slip-{slip['id']} textarea[name=opinion]").fill("符合临时救助条件，拟给予救助")
        page.locator(f"#slip-{slip['id']}").get_by_role("button", name="提交意见").click()
        page.locator(f"#slip-{slip['id']} input[name=amount]").fill("1500.00")
        page.locator(f"#slip-{slip['id']} textarea[name=reason]").first.fill("经街道审批小组同意")
        page.locator(f"#slip-{slip['id']}").get_by_role("button", name="登记办理结果").click()
        page.locator(f"#slip-{slip['id']} textarea[name=to_applicant]").fill("已电话告知申请人")
        page.locator(f"#slip-{slip['id']} textarea[name=to_window]").fill("已办结，发放1500元")
        page.locator(f"#slip-{slip['id']}").get_by_role("button", name="提交反馈").click()
        page.locator(f"#slip-{slip['id']} [data-testid=inbox-state]").filter(has_text="已反馈").wait_for()
        screenshot(page, "transfer-inbox-done")

        page.goto(f"/slips/{slip['id']}")
        timeline = page.get_by_test_id("timeline").inner_text()
        assert "已签收" in timeline and "1500.00" in timeline and "签字" in timeline
        screenshot(page, "transfer-slip-detail")


class TestPrintAndVerify:
    def test_printed_slip_carries_a_qr_code_that_verifies(self, browser_page, live_stack):
        slip = _issue_case(live_stack["transfer"], 900002)
        page = browser_page
        login(page, "window_hd")
        page.goto(f"/slips/{slip['id']}/print")
        doc = page.get_by_test_id("printable-slip")
        assert "救助事项分办通知单" in doc.inner_text() and doc.locator("svg").count() == 1
        page.emulate_media(media="print")
        screenshot(page, "transfer-print-slip")
        page.emulate_media(media="screen")
        verify_url = doc.inner_text().split("扫码核验本通知单真伪及办理进度")[1].split()[0]
        path = verify_url[verify_url.index("/verify/") :]
        page.get_by_role("button", name="退出登录").click()
        page.goto(path)
        assert "真实有效" in page.get_by_test_id("verify-result").inner_text()
        screenshot(page, "transfer-verify")


class TestAdminAndSupervision:
    def test_admin_connects_a_partner_system_and_sees_the_secret_once(self, browser_page, live_stack):
        page = browser_page
        login(page, "admin")
        page.goto("/admin/departments")
        form = page.get_by_test_id("new-department")  # each row has its own edit form with the same names
        form.locator("input[name=id]").fill("370211-redcross")
        form.locator("input[name=name]").fill("区红十字会")
        form.locator("select[name=type]").select_option("social_organisation")
        form.locator("select[name=integration_mode]").select_option("callback")
        form.locator("input[name=callback_url]").fill("https://redcross.example/yimen")
        form.locator("input[name=handler_a]").fill("林静")
        form.get_by_role("button", name="新增").click()
        shown = page.get_by_test_id("shown-once").inner_text()
        assert "whsec_" in shown and "ymp_" in shown
        screenshot(page, "transfer-departments-secret-once")
        page.goto("/admin/departments")
        assert page.get_by_test_id("shown-once").count() == 0
        assert "区红十字会" in page.get_by_test_id("departments").inner_text()
        # rotating the signing secret asks first; once confirmed the new secret is shown once
        row = page.get_by_test_id("departments").locator("tr", has_text="区红十字会")
        asked = []
        page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
        row.get_by_role("button", name="轮换密钥").click()
        page.get_by_test_id("shown-once").wait_for()
        assert asked and "确定轮换" in asked[0]
        assert "whsec_" in page.get_by_test_id("shown-once").inner_text()

    def test_supervisor_sees_overdue_red_and_near_due_yellow(self, browser_page, live_stack):
        service = {"Authorization": f"Bearer {token_for('service', '')}"}
        late = _issue_case(live_stack["transfer"], 900003, accepted="2026-10-09", limit=5)
        near = _issue_case(live_stack["transfer"], 900004, accepted=TODAY.isoformat(), limit=0)
        for slip in (late, near):  # the receiver has given its opinion: the item's own limit now runs
            for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "拟同意"}):
                answer = httpx.post(
                    f"{live_stack['transfer']}/v1/slips/{slip['id']}/events",
                    json=body,
                    headers=service,
                    timeout=10,
                )
                assert answer.status_code == 200, answer.text
        page = browser_page
        login(page, "supervisor")
        page.goto("/supervision")
        page.get_by_role("button", name="立即扫描期限").click()
        page.wait_for_load_state("networkidle")
        # transfer's own deadline worker (every 0.5 s here) may have opened the 督办 before the button did
        assert re.search(r"催办\d+件，督办[01]件", page.locator(".alert-ok").inner_text())
        assert late["number"] in page.locator("tr.due-over").first.inner_text()
        assert near["number"] in page.locator("tr.due-near").first.inner_text()
        supervised = page.get_by_test_id("reminders").locator("tr", has_text=late["number"])
        assert "督办" in supervised.first.inner_text()
        screenshot(page, "transfer-supervision")

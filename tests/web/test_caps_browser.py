"""临时救助 caps in a real browser: the inbox shows the household's figures and the refusal in Chinese."""

import httpx
import pytest

from services.common.identity import compose_id_number
from tests.conftest import token_for
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
DEPT = {
    "Authorization": f"Bearer {token_for('department_staff', '370211001', department_id='370211001-civil')}"
}


def _issue(transfer_url: str, case_id: int, holder: str) -> dict:
    """A 临时救助 case of one household of its own, handed to 黄岛街道民政办 (web inbox)."""
    route = {"kind": "dispatch", "receiver_department_type": "civil_affairs", "receiver_region": "370211001"}
    body = {
        "case_id": case_id,
        "case_number": f"HD-2026-{case_id:05d}",
        "window_region": "370211001",
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {"name": "李四海", "id_number": holder, "hukou_region": "370211001"},
        "items": [{"item_code": "temporary_assistance", "item_name": "临时救助", "route": route}],
        "accepted_date": "2026-11-23",
        "due_date": "2026-12-31",
    }
    service = {"Authorization": f"Bearer {token_for('service', '')}", "Idempotency-Key": f"case-{case_id}"}
    answer = httpx.post(f"{transfer_url}/v1/cases", json=body, headers=service, timeout=10)
    assert answer.status_code == 201, answer.text
    return answer.json()["slips"][0]


def _to_opinion(transfer_url: str, slip_id: int) -> None:
    for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意"}):
        answer = httpx.post(f"{transfer_url}/v1/slips/{slip_id}/events", json=body, headers=DEPT, timeout=10)
        assert answer.status_code == 200, answer.text


class TestCapsInTheInbox:
    def test_figures_before_deciding_and_the_refusal(self, browser_page, live_stack):
        transfer = live_stack["transfer"]
        holder = compose_id_number("370211", "19700303", 57)
        first, second = _issue(transfer, 900701, holder), _issue(transfer, 900702, holder)
        _to_opinion(transfer, first["id"])
        paid = httpx.post(
            f"{transfer}/v1/slips/{first['id']}/events",
            json={"type": "result", "outcome": "approved", "amount": "28000.00", "reason": "审批同意"},
            headers=DEPT,
            timeout=10,
        )
        assert paid.status_code == 200, paid.text
        _to_opinion(transfer, second["id"])

        page = browser_page
        login(page, "dept_hd_ca")
        page.goto("/inbox")
        card = page.locator(f"#slip-{second['id']}")
        caps = card.get_by_test_id("caps")
        assert caps.get_by_test_id("caps-times").inner_text() == "1"
        assert caps.get_by_test_id("caps-amount").inner_text() == "28000.00"
        assert caps.get_by_test_id("caps-left").inner_text() == "2000.00"
        card.locator("input[name=amount]").fill("3000.00")
        card.locator("textarea[name=reason]").first.fill("审批同意")
        card.get_by_role("button", name="登记办理结果").click()
        alert = page.locator(f"#slip-{second['id']} [role=alert]")
        alert.wait_for()
        assert "本次¥3,000.00将超过每户每年¥30,000.00上限" in alert.inner_text()
        assert "合计¥28,000.00" in alert.inner_text()
        screenshot(page, "transfer-inbox-cap-refused")
        assert page.locator(f"#slip-{second['id']}").get_by_role("button", name="登记办理结果").is_visible()

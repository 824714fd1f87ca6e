"""容缺受理 on the window's case page: the option with its reason, the decision on the case and the receipt."""

import re

from services.common.identity import compose_id_number
from tests.intake.test_pages import login, stack  # noqa: F401  (the in-process web + intake + eligibility)

HOLDER = compose_id_number("370211", "19790909", 71)


def _register(browser) -> str:
    created = browser.post(
        "/applications/new",
        data={
            "csrf_token": browser.csrf,
            "applicant_name": "吴春燕",
            "id_number": HOLDER,
            "phone": "13700000001",
            "hukou_region": "370211001",
            "difficulty": "突发重病住院",
            "item_codes": ["temporary_assistance"],
            "provided": ["id_card"],
            "channel": "window",
            "idempotency_key": "tolerate-1",
            "member_name": ["", "", ""],
            "member_id": ["", "", ""],
            "member_relation": ["", "", ""],
        },
    )
    assert created.status_code == 303, created.text[:2000]
    return created.headers["location"]


class TestToleratedOnThePage:
    def test_accept_with_a_reason_shows_on_case_and_receipt(self, stack):  # noqa: F811
        browser = login(stack, "window_hd")
        case_url = _register(browser)
        page = browser.get(case_url).text
        assert 'data-testid="tolerate"' in page and 'data-testid="accept"' not in page
        missing = re.findall(r'name="tolerate_materials" value="([^"]+)"', page)
        assert missing
        # a short list is refused with the service's words on the page; nothing is accepted
        partial = browser.post(
            f"{case_url}/do/accept",
            data={
                "csrf_token": browser.csrf,
                "tolerate": "1",
                "tolerate_reason": "家属补送",
                "tolerate_materials": missing[:1],
            },
            follow_redirects=True,
        )
        assert "尚缺材料未全部列为容缺" in partial.text
        done = browser.post(
            f"{case_url}/do/accept",
            data={
                "csrf_token": browser.csrf,
                "tolerate": "1",
                "tolerate_reason": "申请人住院，家属补送",
                "tolerate_materials": missing,
            },
        )
        assert done.headers["location"].endswith("/receipt/print")
        receipt = browser.get(done.headers["location"]).text
        assert 'data-testid="receipt-tolerated"' in receipt and "申请人住院，家属补送" in receipt
        case_page = browser.get(case_url).text
        assert 'data-testid="tolerated"' in case_page and "未补齐" in case_page

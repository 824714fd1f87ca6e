"""The whole product over real HTTP, four real processes, real outbox workers:

a town window takes an application for an item the town cannot handle → escalate slip to the
district window → the district window assigns it to the education bureau → the bureau (web mode)
acknowledges, gives its opinion, its result and the signed feedback → the window's case shows every
step and is concluded."""

import time

import httpx
import pytest

from services.common.identity import compose_id_number
from tests.conftest import TODAY
from tests.web.conftest import DEMO_PASSWORD

pytestmark = pytest.mark.e2e


def _token(urls, username: str) -> dict:
    answer = httpx.post(
        f"{urls['intake']}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def _wait_for(check, what: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


def test_town_to_district_to_bureau_and_back(live_stack):
    urls = live_stack
    town, district, bureau = (_token(urls, u) for u in ("window_hd", "window_qu", "dept_edu"))
    intake = httpx.Client(base_url=urls["intake"], timeout=10)
    transfer = httpx.Client(base_url=urls["transfer"], timeout=10)
    student = compose_id_number("370211", "20080512", 417)

    # 1. the town window registers (never refused), hands over the one-time notice, gets supplements, accepts
    body = {
        "applicant": {
            "name": "李小雨",
            "id_number": student,
            "phone": "13800001111",
            "hukou_region": "370211001",
        },
        "difficulty": "父亲病故，家庭无力负担大学学费",
        "item_codes": ["education_assistance"],
        "provided_materials": ["id_card"],
    }
    created = intake.post("/v1/applications", json=body, headers={**town, "Idempotency-Key": "e2e-1"})
    assert created.status_code == 201, created.text
    case = created.json()
    again = intake.post("/v1/applications", json=body, headers={**town, "Idempotency-Key": "e2e-1"})
    assert again.json()["id"] == case["id"]  # a double click never makes two cases
    notice = intake.post(f"/v1/applications/{case['id']}/notice", headers=town)
    assert notice.status_code == 201, notice.text
    missing = [m["code"] for m in notice.json()["missing"]]
    assert "id_card" not in missing and missing
    assert (
        intake.post(
            f"/v1/applications/{case['id']}/materials", json={"materials": missing}, headers=town
        ).status_code
        == 200
    )
    accepted = intake.post(f"/v1/applications/{case['id']}/accept", headers=town)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["due_date"]

    # 2. intake's outbox hands the case to transfer: the town cannot handle education → escalate to the district
    def escalate_slip():
        slips = transfer.get("/v1/slips", params={"case_id": case["id"]}, headers=district).json()
        return next((s for s in slips if s["kind"] == "escalate"), None)

    escalate = _wait_for(escalate_slip, "the escalate slip")
    assert escalate["receiver_id"] == "370211-window"

    # 3. the district window assigns it on to the education bureau
    onward = transfer.post(
        f"/v1/slips/{escalate['id']}/forward", json={"receiver_id": "370211-education"}, headers=district
    )
    assert onward.status_code == 201, onward.text
    assigned = next(
        s
        for s in transfer.get("/v1/slips", params={"case_id": case["id"]}, headers=district).json()
        if s["kind"] == "assign"
    )

    # 4. the bureau answers through the same API its inbox page uses; a retried callback applies once
    steps = [
        {"type": "acknowledged", "handler": "赵明"},
        {"type": "opinion", "opinion": "符合教育救助条件，拟给予学费资助"},
        {"type": "result", "outcome": "approved", "amount": "3000.00", "reason": "家庭经济困难学生"},
        {
            "type": "feedback",
            "to_applicant": "已批准学费资助3000元",
            "to_window": "已办结，请告知申请人",
            "signed_by": "区教育局 王局长",
        },
    ]
    for n, step in enumerate(steps):
        headers = {**bureau, "Idempotency-Key": f"e2e-step-{n}"}
        first = transfer.post(f"/v1/slips/{assigned['id']}/events", json=step, headers=headers)
        assert first.status_code == 200, first.text
        assert (
            transfer.post(f"/v1/slips/{assigned['id']}/events", json=step, headers=headers).status_code == 200
        )

    # 5. the window sees every step on its case timeline, and the case is concluded
    def concluded():
        detail = intake.get(f"/v1/applications/{case['id']}", headers=town).json()
        return detail if detail["status"] == "concluded" else None

    detail = _wait_for(concluded, "the case to be concluded")
    kinds = [entry["kind"] for entry in detail["timeline"]]
    for kind in ("registered", "accepted", "feedback_given"):
        assert kind in kinds, kinds
    assert kinds.count("feedback_given") == 1  # the duplicate callback did not echo twice

    # 6. the grant is on record for the next duplicate-aid check and the 2-per-year rule
    summary = transfer.post(
        "/v1/grants/summary", json={"id_numbers": [student], "year": TODAY.year}, headers=town
    ).json()
    assert summary["grants_this_year"] == 1 and summary["granted_amount_this_year"] == "3000.00"

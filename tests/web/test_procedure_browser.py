"""A 临时救助 支出型 case at 辛安街道 through the whole item procedure in a real browser (four real processes).

The window takes the case over the API; everything after it happens on the web: the office starts the
procedure, records the signed pledge with its scan, assigns two investigators who record and sign the
visit with their own logins (the visit's finding turns the evaluation from 不符合 to 符合), requests the
核对 that the checking body answers in its own inbox, proposes, runs the 公示, and the approval group
votes and decides; the grant is recorded and the window's case timeline shows every step."""

import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text

from services.common.db import make_engine
from services.common.identity import compose_id_number
from tests.conftest import BACKEND, PG_ADMIN_URL, RUN_ID, TODAY
from tests.web.conftest import DEMO_PASSWORD, login, screenshot

pytestmark = pytest.mark.browser
PDF = b"%PDF-1.4\n% signed pledge scan\n"


def _token(urls, username: str) -> dict:
    answer = httpx.post(
        f"{urls['intake']}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def _wait_for(check, what: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


def _accepted_case(urls) -> tuple[dict, dict]:
    """辛安街道's window registers and accepts a 临时救助 application; transfer issues the slip to its office."""
    window = _token(urls, "window_xa")
    intake = httpx.Client(base_url=urls["intake"], timeout=10)
    applicant = compose_id_number("370211", "19800304", 517)
    spouse = compose_id_number("370211", "19820817", 528)
    body = {
        "applicant": {
            "name": "王海峰",
            "id_number": applicant,
            "phone": "13800002222",
            "hukou_region": "370211002",
        },
        "members": [{"name": "刘芳", "id_number": spouse, "relation": "配偶"}],
        "difficulty": "妻子住院手术，自负医疗费用大，家庭生活困难",
        "item_codes": ["temporary_assistance"],
        "provided_materials": ["id_card"],
    }
    created = intake.post(
        "/v1/applications", json=body, headers={**window, "Idempotency-Key": "procedure-e2e"}
    )
    assert created.status_code == 201, created.text
    case = created.json()
    notice = intake.post(f"/v1/applications/{case['id']}/notice", headers=window)
    missing = [m["code"] for m in notice.json().get("missing", [])] if notice.status_code == 201 else []
    if missing:
        intake.post(f"/v1/applications/{case['id']}/materials", json={"materials": missing}, headers=window)
    accepted = intake.post(f"/v1/applications/{case['id']}/accept", headers=window)
    assert accepted.status_code == 200, accepted.text
    office = _token(urls, "dept_xa_ca")
    transfer = httpx.Client(base_url=urls["transfer"], timeout=10)

    def slip():
        rows = transfer.get("/v1/slips", params={"receiver": "370211002-civil"}, headers=office).json()
        return next((s for s in rows if s["case_number"] == case["case_number"]), None)

    return case, _wait_for(slip, "the dispatch slip at 辛安街道民政办")


def _switch(page, username: str) -> None:
    page.context.clear_cookies()
    login(page, username)


def _panel(page, slip_id: int):
    page.goto(f"/slips/{slip_id}")
    panel = page.get_by_test_id("procedure-panel")
    panel.wait_for()
    return panel


def _step_status(page, step: str) -> str:
    return page.locator(f"[data-testid=procedure-steps] tr[data-step={step}] .badge").inner_text()


def test_a_case_goes_through_the_whole_procedure_in_the_browser(browser_page, live_stack, tmp_path):
    case, slip = _accepted_case(live_stack)
    sid = slip["id"]
    page = browser_page
    today = TODAY.isoformat()

    # the office acknowledges and gives its opinion in the inbox, then starts the procedure on the slip page
    _switch(page, "dept_xa_ca")
    page.goto("/inbox")
    card = page.locator(f"#slip-{sid}")
    card.get_by_role("button", name="签收").click()
    page.locator(f"#slip-{sid} textarea[name=opinion]").fill("已受理，启动入户调查和家庭经济状况核对")
    page.locator(f"#slip-{sid}").get_by_role("button", name="提交意见").click()
    page.locator(f"#slip-{sid} [data-testid=inbox-state]").filter(has_text="已提出意见").wait_for()
    panel = _panel(page, sid)
    panel.get_by_role("button", name="启动办理流程").click()
    page.get_by_test_id("form-authorise").wait_for()

    # 1. the pledge: both adults sign; the scan is uploaded with the form; declared facts are evaluated
    form = page.get_by_test_id("form-authorise")
    form.locator("input[name=name]").nth(1).fill("刘芳")
    form.locator("input[name=id_number]").nth(1).fill(compose_id_number("370211", "19820817", 528))
    form.locator("input[name=relation]").nth(1).fill("配偶")
    form.locator("input[name=signed_date]").fill(today)
    scan = tmp_path / "pledge.pdf"
    scan.write_bytes(PDF)
    form.locator("input[name=scan]").set_input_files(str(scan))
    for name, value in (
        ("members", "2"),
        ("income", "30000.00"),
        ("income12", "50000.00"),
        ("medical", "0"),
        ("education", "0"),
        ("assets", "50000.00"),
        ("requested_amount", "3000.00"),
    ):
        form.locator(f"input[name={name}]").fill(value)
    form.get_by_role("button", name="登记授权").click()
    page.get_by_test_id("form-assign").wait_for()
    page.get_by_test_id("evaluation-outcome").wait_for()
    before = page.get_by_test_id("evaluation-outcome").inner_text()
    assert _step_status(page, "authorisation") == "已完成"
    screenshot(page, "procedure-1-authorised")

    # 2. two investigators by account; one records the visit, the other signs with his own login
    form = page.get_by_test_id("form-assign")
    form.locator("input[name=investigator_username]").nth(0).fill("dept_xa_ca")
    form.locator("input[name=investigator_name]").nth(0).fill("田野")
    form.locator("input[name=investigator_username]").nth(1).fill("dept_xa_ca2")
    form.locator("input[name=investigator_name]").nth(1).fill("方圆")
    form.get_by_role("button", name="指派").click()
    form = page.get_by_test_id("form-visit")
    form.wait_for()
    form.locator("input[name=visit_date]").fill(today)
    form.locator("input[name=medical]").fill("26000.00")
    form.locator("textarea[name=note_income]").fill("住院发票及医保结算单核实，自负医疗费2.6万元")
    form.locator("textarea[name=note_housing]").fill("自有住房一套，约55平方米")
    form.get_by_role("button", name="登记并签字").click()
    page.get_by_test_id("form-visit").wait_for(state="detached")
    after = page.get_by_test_id("evaluation-outcome").inner_text()
    assert before == "不符合条件" and after == "符合条件", (
        before,
        after,
    )  # the finding changed the evaluation
    screenshot(page, "procedure-2-visit-recorded")
    _switch(page, "dept_xa_ca2")
    _panel(page, sid).get_by_role("button", name="入户调查记录签字（本人账号）").click()
    page.locator("[data-testid=procedure-steps] tr[data-step=investigation] .badge").filter(
        has_text="已完成"
    ).wait_for()

    # 3. 核对: the office requests it; the checking body answers in its own inbox
    _switch(page, "dept_xa_ca")
    _panel(page, sid).get_by_role("button", name="发起家庭经济状况核对").click()
    page.get_by_role("button", name="发起家庭经济状况核对").wait_for(state="detached")  # one request only
    _switch(page, "check_qu")
    page.goto("/inbox")
    check_card = page.locator("[data-testid=inbox-slip]").filter(has_text="家庭经济状况核对").first
    check_card.locator("a").first.click()
    form = page.get_by_test_id("form-answer")
    form.wait_for()
    form.locator("input[name=assets]").fill("48000.00")
    form.locator("textarea[name=note]").fill("比对银行存款、车辆、不动产登记信息，家庭财产4.8万元")
    screenshot(page, "procedure-3-checking-body")
    form.get_by_role("button", name="反馈核对结果").click()
    page.get_by_text("已保存").wait_for()

    # 4. review with the stored evaluation, then 公示 (7 days: closing it early is refused)
    _switch(page, "dept_xa_ca")
    panel = _panel(page, sid)
    assert "48000.00" in panel.inner_text()
    form = page.get_by_test_id("form-review")
    form.locator("input[name=amount]").fill("3000.00")
    form.locator("textarea[name=reason]").fill("支出型临时救助条件均符合，拟救助3000元")
    form.get_by_role("button", name="提交审核意见").click()
    page.locator("[data-testid=procedure-steps] tr[data-step=disclosure] .badge").filter(
        has_text="进行中"
    ).wait_for()
    assert "公示期" in page.get_by_test_id("procedure-panel").inner_text()
    screenshot(page, "procedure-4-disclosure")
    _let_the_disclosure_period_pass(live_stack, sid)
    page.reload()
    _panel(page, sid).get_by_role("button", name="公示期满，结束公示").click()
    page.locator("[data-testid=procedure-steps] tr[data-step=disclosure] .badge").filter(
        has_text="已完成"
    ).wait_for()

    # 5. the approval group: two of three members vote with their own logins, the leader decides
    for member in ("leader_xa", "leader_xa2"):
        _switch(page, member)
        form = _panel(page, sid).get_by_test_id("form-vote")
        form.locator("textarea[name=opinion]").fill("同意审核意见")
        form.get_by_role("button", name="表决").click()
        page.get_by_test_id("form-vote").wait_for(
            state="detached"
        )  # the panel came back without the vote form
    form = page.get_by_test_id("form-decide")
    form.locator("textarea[name=reason]").fill("经审批领导小组会议研究，同意救助")
    form.get_by_role("button", name="作出决定").click()
    decision = page.get_by_test_id("procedure-decision")
    decision.wait_for()
    assert "同意救助 3000.00 元" in decision.inner_text()
    screenshot(page, "procedure-5-decided")

    # the grant is on the slip, and the window's case timeline shows every step
    page.goto(f"/slips/{sid}")
    assert "3000.00" in page.get_by_test_id("timeline").inner_text()
    _switch(page, "window_xa")

    def timeline_complete():
        page.goto(f"/applications/{case['id']}")
        text = page.locator("body").inner_text()
        return all(
            w in text
            for w in ("已签署诚信承诺和授权委托书", "入户调查已完成", "核对结果已反馈", "审批领导小组已决定")
        )

    _wait_for(timeline_complete, "the procedure on the window's case timeline")
    screenshot(page, "procedure-6-window-timeline")


def _let_the_disclosure_period_pass(urls, slip_id: int) -> None:
    """Seven days cannot pass inside a browser run: the API first proves it refuses to close the 公示 early,
    then the test moves the period back by eight days in the transfer database (time passing, nothing else)."""
    office = _token(urls, "dept_xa_ca")
    early = httpx.post(f"{urls['transfer']}/v1/slips/{slip_id}/procedure/disclosure/close", headers=office)
    assert early.status_code == 409 and "期满" in early.json()["detail"], early.text
    tmp = urls["logs"]["transfer"].parent  # the stack keeps its SQLite files beside its logs
    name = f"yimen_live_{RUN_ID}_transfer"
    url = (
        f"sqlite:///{tmp / (name + '.db')}"
        if BACKEND == "sqlite"
        else PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    )
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE procedure SET disclosure_start_date = :start, disclosure_end_date = :end "
                "WHERE slip_id = :slip"
            ),
            {"start": TODAY - timedelta(days=8), "end": TODAY - timedelta(days=2), "slip": slip_id},
        )
    engine.dispose()


def test_an_emergency_case_gets_aid_before_acceptance(browser_page, live_stack):
    """急难型: 黄岛街道's window registers a fire case and gives aid at once; the acceptance comes later."""
    window = _token(live_stack, "window_hd")
    body = {
        "applicant": {
            "name": "周海涛",
            "id_number": compose_id_number("370211", "19700505", 613),
            "phone": "13800003333",
            "hukou_region": "370211001",
        },
        "members": [
            {"name": "吴丽", "id_number": compose_id_number("370211", "19720606", 624), "relation": "配偶"}
        ],
        "difficulty": "凌晨家中失火，房屋烧毁，一家无处居住",
        "item_codes": ["temporary_assistance"],
        "emergency": True,
        "provided_materials": ["id_card"],
    }
    created = httpx.post(
        f"{live_stack['intake']}/v1/applications",
        json=body,
        headers={**window, "Idempotency-Key": "emergency-e2e"},
        timeout=10,
    )
    assert created.status_code == 201, created.text
    case = created.json()
    page = browser_page
    _switch(page, "window_hd")
    page.goto(f"/applications/{case['id']}")
    page.get_by_test_id("emergency-aid-link").click()
    assert "本案尚无救助记录" in page.get_by_test_id("caps").inner_text()
    form = page.get_by_test_id("aid-form")
    form.get_by_label("给予单位和经办人").fill("黄岛街道民政办 孙丽")
    form.get_by_label("给予内容").fill("临时生活救助金及棉被两床")
    form.get_by_label("金额（元，实物填 0）").fill("2000.00")
    form.get_by_role("button", name="登记先行救助").click()
    assert "已登记先行救助" in page.get_by_test_id("notice").inner_text()
    assert "其中先行救助 2000.00 元" in page.get_by_test_id("caps").inner_text()

    def recorded():  # transfer's event reaches the case timeline through its outbox worker
        page.reload()
        return "2000.00" in page.get_by_test_id("aid-list").inner_text()

    _wait_for(recorded, "the aid on the case timeline")
    screenshot(page, "emergency-aid-before-acceptance")

    form = page.get_by_test_id("aid-form")
    form.get_by_label("给予单位和经办人").fill("黄岛街道民政办 孙丽")
    form.get_by_label("给予内容").fill("临时生活救助金")
    form.get_by_label("金额（元，实物填 0）").fill("29000.00")
    form.get_by_role("button", name="登记先行救助").click()
    refusal = page.get_by_test_id("error").inner_text()
    assert "未能登记" in refusal and "30,000.00" in refusal
    screenshot(page, "emergency-aid-over-the-cap-refused")
    status = httpx.get(f"{live_stack['intake']}/v1/applications/{case['id']}", headers=window, timeout=10)
    assert status.json()["status"] in ("draft", "awaiting_materials")  # all of it before acceptance

"""A 低保 household in a real browser: approved → roster → monthly list → bank file → return file → paid → 年审."""

from pathlib import Path

import httpx
import pytest

from services.common.identity import compose_id_number
from tests.conftest import token_for
from tests.web.conftest import ARTIFACTS, login, running_stack, screenshot

pytestmark = pytest.mark.browser
STREET = "370211001"
DEPT = {"Authorization": f"Bearer {token_for('department_staff', STREET, department_id='370211001-civil')}"}
ACCOUNT = "6228480012345678901"


@pytest.fixture(scope="module")
def march_stack(tmp_path_factory):
    """A stack of its own on 10 March 2027: the annual review runs from March to May (seed 002)."""
    clock = {"YIMEN_CLOCK_START": "2027-03-10T09:00:00+08:00"}
    with running_stack(tmp_path_factory.mktemp("march"), label="march", extra_env=clock) as urls:
        yield urls


@pytest.fixture
def page(chromium, march_stack, request):
    context = chromium.new_context(
        base_url=march_stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}
    )
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"), full_page=True)
    context.close()


def _approved_dibao(transfer: str) -> int:
    """A 城市低保 case handed to 黄岛街道民政办 and approved at ¥560.00 a month."""
    holder = compose_id_number("370211", "19600303", 71)
    route = {"kind": "dispatch", "receiver_department_type": "civil_affairs", "receiver_region": STREET}
    body = {
        "case_id": 910001,
        "case_number": "HD-2027-91001",
        "window_region": STREET,
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {"name": "赵德明", "id_number": holder, "hukou_region": STREET},
        "items": [{"item_code": "urban_dibao", "item_name": "城市居民最低生活保障", "route": route}],
        "accepted_date": "2027-03-01",
        "due_date": "2027-04-30",
    }
    service = {"Authorization": f"Bearer {token_for('service', '')}", "Idempotency-Key": "case-910001"}
    answer = httpx.post(f"{transfer}/v1/cases", json=body, headers=service, timeout=10)
    assert answer.status_code == 201, answer.text
    slip = answer.json()["slips"][0]["id"]
    for event in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "入户调查、核对完毕"},
        {"type": "result", "outcome": "approved", "amount": "560.00", "reason": "审批领导小组同意"},
    ):
        done = httpx.post(f"{transfer}/v1/slips/{slip}/events", json=event, headers=DEPT, timeout=10)
        assert done.status_code == 200, done.text
    return slip


class TestDibaoPaidAndReviewed:
    def test_roster_list_bank_file_return_paid_and_review(self, page, march_stack, tmp_path):
        slip = _approved_dibao(march_stack["transfer"])
        login(page, "dept_hd_ca")

        page.goto("/roster")
        # the approval enrolled the household at ¥560.00 from April: only the bank account is missing
        assert "待登记" in page.get_by_test_id(f"no-account-{slip}").inner_text()
        screenshot(page, "roster-approved-awaiting-account")
        form = page.get_by_test_id("enrol-form")
        form.get_by_label("通知单编号（内部）").fill(str(slip))
        form.get_by_label("银行账号").fill(ACCOUNT)
        form.get_by_label("家庭人口").fill("3")
        form.get_by_label("前12个月家庭可支配收入（元）").fill("30000.00")
        # financial assets left out: the annual review must ask for them
        form.get_by_role("button", name="纳入在册").click()
        roster = page.get_by_test_id("roster")
        assert (
            "赵德明" in roster.inner_text()
            and "560.00" in roster.inner_text()
            and "2027-04" in roster.inner_text()
        )
        screenshot(page, "roster-enrolled")

        page.goto("/payments")
        gen = page.get_by_test_id("generate-form")
        gen.get_by_label("事项").select_option("urban_dibao")
        gen.get_by_label("发放月份").fill("2027-04")
        gen.get_by_role("button", name="生成名册").click()
        assert "草稿" in page.get_by_test_id("state").inner_text()
        assert "赵德明" in page.get_by_test_id("lines").inner_text()
        page.get_by_test_id("lock").click()
        assert page.get_by_test_id("state").inner_text() == "已锁定"
        with page.expect_download() as download:
            page.get_by_test_id("download").click()
        bank = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
        assert bank[0] == "account,name,amount,reference"
        account, name, amount, reference = bank[1].split(",")
        assert (account, name, amount) == (ACCOUNT, "赵德明", "560.00")
        assert "已发放" not in page.get_by_test_id("lines").inner_text()
        with page.expect_download() as excel:
            page.get_by_test_id("download-xlsx").click()
        assert excel.value.suggested_filename.endswith(".xlsx")
        assert Path(excel.value.path()).read_bytes()[:2] == b"PK"

        bad = tmp_path / "bad.csv"
        bad.write_text(f"reference,status,reason\n{reference},done,\n", encoding="utf-8")
        page.get_by_test_id("return-form").locator("input[type=file]").set_input_files(str(bad))
        page.get_by_role("button", name="导入回盘").click()
        assert "第2行 status" in page.get_by_test_id("error").inner_text()
        good = tmp_path / "return.csv"
        good.write_text(f"reference,status,reason\n{reference},paid,\n", encoding="utf-8")
        page.get_by_test_id("return-form").locator("input[type=file]").set_input_files(str(good))
        page.get_by_role("button", name="导入回盘").click()
        assert page.get_by_test_id("paid-count").inner_text() == "1"
        assert "已发放" in page.get_by_test_id("lines").inner_text()
        screenshot(page, "disbursement-list-paid")

        page.goto("/roster")
        page.get_by_test_id("review-form").get_by_role("button", name="批量重新测算").click()
        assert "新开年审任务 1 个" in page.get_by_test_id("notice").inner_text()
        tasks = page.get_by_test_id("tasks")
        assert "缺少事实" in tasks.inner_text() and "家庭金融资产（缺少）" in tasks.inner_text()
        decide = tasks.locator("form").first
        decide.get_by_label("决定").select_option("continue")
        decide.get_by_label("理由").fill("补充核对金融资产后仍符合条件")
        decide.get_by_role("button", name="确定").click()
        decided = page.get_by_test_id("tasks").inner_text()
        assert "继续享受" in decided and "孙丽" in decided
        screenshot(page, "annual-review-decided")

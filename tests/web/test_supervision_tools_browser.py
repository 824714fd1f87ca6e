"""三随机, 公示 and 资料归档 in a real browser against the four real processes (issue 9).

One 临时救助 case of 黄岛街道 (household of 戚家社区) goes the real way first: the window registers and
accepts it over the API, intake hands it to transfer, 黄岛街道民政办 answers, approves 1,500 yuan (a
grant: the 公示 has it) and gives feedback (intake concludes the case: the archive takes it). Then:
- a supervisor draws a random sample on the 随机抽查 page, records a finding, and reads the report;
- the public 公示 page lists the case masked with its community; an objection lodged there is answered
  by the office on 公示异议 and the answer appears on the public page, masked;
- the window scans every checklist material on the case's archive page, archives it, and downloads the
  ZIP, whose index hashes match the files.
"""

import hashlib
import io
import json
import re
import time
import zipfile

import httpx
import pytest

from services.common.identity import compose_id_number
from tests.web.conftest import DEMO_PASSWORD, login, screenshot

pytestmark = pytest.mark.browser
NAME = "张三丰"
PHONE = "13800003333"
ID_NUMBER = compose_id_number("370211", "19790412", 611)
PDF = b"%PDF-1.4\n% scanned at the window\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EIGHTEEN_DIGITS = re.compile(r"(?<![\d*])\d{17}[\dXx](?![\d*])|(?<![\d*])\d{15}(?![\d*])")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def _token(urls, username: str) -> dict:
    answer = httpx.post(
        f"{urls['intake']}/v1/auth/token", json={"username": username, "password": DEMO_PASSWORD}
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def _wait_for(check, what: str, timeout: float = 40):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def concluded_case(live_stack) -> dict:
    return conclude_a_case(live_stack)


def conclude_a_case(live_stack, applicant: dict | None = None) -> dict:
    """A 黄岛街道 case of 戚家社区, accepted, approved with 1,500 yuan (a grant) and concluded."""
    window = _token(live_stack, "window_hd")
    intake = httpx.Client(base_url=live_stack["intake"], timeout=10)
    body = {
        "applicant": applicant
        or {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE, "hukou_region": "370211001"},
        "community_name": "戚家社区",
        "difficulty": "家中失火，衣物被褥烧毁，生活暂时困难",
        "item_codes": ["temporary_assistance"],
        "provided_materials": ["id_card"],
    }
    key = f"issue9-{body['applicant']['id_number']}"
    created = intake.post("/v1/applications", json=body, headers={**window, "Idempotency-Key": key})
    assert created.status_code == 201, created.text
    case = created.json()

    def accepted():
        # with the catalogue slow at registration (a loaded machine) the items are confirmed a moment later
        notice = intake.post(f"/v1/applications/{case['id']}/notice", headers=window)
        missing = [m["code"] for m in notice.json().get("missing", [])] if notice.status_code == 201 else []
        if missing:
            intake.post(
                f"/v1/applications/{case['id']}/materials", json={"materials": missing}, headers=window
            )
        answer = intake.post(f"/v1/applications/{case['id']}/accept", headers=window)
        assert answer.status_code in (200, 409), answer.text
        return answer.status_code == 200

    _wait_for(accepted, "the case accepted")

    office = _token(live_stack, "dept_hd_ca")
    transfer = httpx.Client(base_url=live_stack["transfer"], timeout=10)

    def slip():
        rows = transfer.get("/v1/slips", params={"receiver": "370211001-civil"}, headers=office).json()
        return next((s for s in rows if s["case_number"] == case["case_number"]), None)

    sid = _wait_for(slip, "the slip at 黄岛街道民政办")["id"]
    for event in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "已入户核实，火灾属实"},
        {"type": "result", "outcome": "approved", "amount": "1500.00", "reason": "符合急难型临时救助条件"},
        {
            "type": "feedback",
            "to_applicant": "已批准临时救助1500元，下月发放",
            "to_window": "已办结",
            "signed_by": "黄岛街道民政办 孙丽",
        },
    ):
        answer = transfer.post(f"/v1/slips/{sid}/events", json=event, headers=office)
        assert answer.status_code == 200, answer.text

    def concluded():
        found = intake.get(f"/v1/applications/{case['id']}", headers=window).json()
        return found if found["status"] == "concluded" else None

    return _wait_for(concluded, "the case concluded at intake")


def _scan_for_personal_data(text: str) -> None:
    assert not EIGHTEEN_DIGITS.search(text), EIGHTEEN_DIGITS.search(text)
    assert not MOBILE.search(text), MOBILE.search(text)
    assert NAME not in text and ID_NUMBER not in text and PHONE not in text


class TestRandomAudit:
    def test_draw_record_a_finding_and_read_the_report(self, browser_page, concluded_case):
        page = browser_page
        login(page, "supervisor")
        page.get_by_role("link", name="随机抽查").click()
        page.select_option("select[name=region]", "370211001")
        page.fill("input[name=seed]", "20261124")
        page.fill("input[name=size]", "3")
        page.get_by_role("button", name="抽取").click()
        page.wait_for_url(re.compile(r"/audits/\d+$"))
        rows = page.get_by_test_id("audit-cases").locator("tbody tr")
        drawn = [rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())]
        assert 1 <= len(drawn) <= 3 and all(n.startswith("HD-") for n in drawn)
        first = rows.first
        first.locator("select[name=outcome]").select_option("problem")
        first.locator("select[name=category]").select_option(label="材料不全或不实")
        first.locator("input[name=text]").fill("家庭情况说明缺村居盖章")
        first.get_by_role("button", name="记录").click()
        page.wait_for_load_state("networkidle")
        first = page.get_by_test_id("audit-cases").locator("tbody tr").first
        assert "材料不全或不实" in first.inner_text() and "家庭情况说明缺村居盖章" in first.inner_text()
        screenshot(page, "audit-sample-finding")

        # the same inputs over the same cases draw the same list (复核)
        page.get_by_role("link", name="返回抽查记录").click()
        page.select_option("select[name=region]", "370211001")
        page.fill("input[name=seed]", "20261124")
        page.fill("input[name=size]", "3")
        page.get_by_role("button", name="抽取").click()
        page.wait_for_url(re.compile(r"/audits/\d+$"))
        rows = page.get_by_test_id("audit-cases").locator("tbody tr")
        assert [rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())] == drawn

        page.goto("/audits")
        report = page.get_by_test_id("audit-report")
        hd = report.locator("tbody tr", has_text="黄岛街道").filter(has_text="材料不全或不实 1")
        assert hd.count() == 1
        screenshot(page, "audit-report")


class TestDisclosure:
    def test_public_list_objection_answer_and_masking(self, browser_page, concluded_case, live_stack):
        page = browser_page
        page.goto("/disclosures")
        table = page.get_by_test_id("disclosures")
        row = table.locator("tbody tr", has_text="张*丰")
        assert row.count() == 1
        cells = row.locator("td").all_inner_texts()
        assert cells[2].startswith("临时救助") and row.get_by_role("link").get_attribute("href") == (
            "/guide/temporary_assistance"
        )
        assert [cells[1], *cells[3:]] == ["张*丰", "黄岛街道", "戚家社区", "2026-11", "1500.00"]
        _scan_for_personal_data(page.content())
        screenshot(page, "disclosure-public")

        page.fill("input[name=grant_id]", cells[0])
        page.fill("textarea[name=content]", f"{NAME}家有营业车辆，可打{PHONE}核实")
        page.fill("input[name=contact]", "13912340000")
        page.get_by_role("button", name="提交异议").click()
        receipt = page.get_by_test_id("objection-receipt")
        assert "异议已收到" in receipt.inner_text()
        number = re.search(r"编号 (\d+)", receipt.inner_text()).group(1)

        # the street's office answers it on its own page
        page.context.clear_cookies()
        login(page, "dept_hd_ca")
        page.get_by_role("link", name="公示异议").click()
        entry = page.locator(f"#objection-{number}")
        assert NAME in entry.inner_text() and "13912340000" in entry.inner_text()  # staff see it whole
        entry.locator("textarea[name=reply]").fill(f"经入户核实，{NAME}家车辆已于2025年转让，维持公示")
        entry.get_by_role("button", name="答复").click()
        assert f"已答复异议 {number}" in page.get_by_test_id("reply-saved").inner_text()
        screenshot(page, "disclosure-objections-staff")

        # the public sees the answer, masked
        page.context.clear_cookies()
        page.goto("/disclosures#answers")
        answer = page.get_by_test_id("objection-answer").filter(has_text=f"异议 {number}")
        text = answer.inner_text()
        assert "张*丰家有营业车辆，可打138****3333核实" in text and "维持公示" in text
        assert "戚家社区" in text
        _scan_for_personal_data(page.content())
        assert "13912340000" not in page.content()
        answer.scroll_into_view_if_needed()
        screenshot(page, "disclosure-answer-public")


class TestArchive:
    def test_scan_every_material_archive_and_download(self, browser_page, concluded_case, tmp_path):
        archive_in_the_browser(browser_page, concluded_case, tmp_path, label="archive")


def archive_in_the_browser(page, case: dict, tmp_path, *, label: str) -> dict:
    """The window scans every checklist material, archives, downloads the ZIP; the integrity page is clean.
    Returns the ZIP's index."""
    case_id = case["id"]
    login(page, "window_hd")
    page.goto(f"/applications/{case_id}")
    page.get_by_role("link", name="资料归档").click()
    page.wait_for_url(f"**/applications/{case_id}/archive")
    checklist = page.get_by_test_id("archive-checklist").locator("tbody tr")
    materials = page.locator("select[name=material_code] option").all_inner_texts()[:-1]  # last: 其他材料
    assert checklist.count() == len(materials) >= 1
    page.get_by_role("button", name="归档").click()
    assert "不能归档" in page.get_by_test_id("form-error").inner_text()  # nothing scanned yet
    for n, material in enumerate(materials):
        data = PDF if n % 2 == 0 else PNG
        scan = tmp_path / f"scan{n}.{'pdf' if data is PDF else 'png'}"
        scan.write_bytes(data + str(n).encode())
        page.select_option("select[name=material_code]", label=material)
        page.set_input_files("input[name=file]", str(scan))
        page.get_by_role("button", name="上传").click()
        page.wait_for_load_state("networkidle")
    assert "缺" not in page.get_by_test_id("archive-checklist").inner_text()
    page.get_by_role("button", name="归档").click()
    number = page.get_by_test_id("archive-number")
    assert re.search(r"DA-HD-2026-\d{5}", number.inner_text())
    assert page.locator("input[name=file]").count() == 0  # read-only now
    screenshot(page, f"{label}-archived")

    with page.expect_download() as download:
        number.get_by_role("link", name=re.compile("下载档案")).click()
    assert download.value.suggested_filename == f"{case['case_number']}.zip"
    path = tmp_path / "archive.zip"
    download.value.save_as(path)
    package = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    index = json.loads(package.read("index.json"))
    assert index["case_number"] == case["case_number"] and len(index["files"]) == len(materials)
    for entry in index["files"]:
        assert hashlib.sha256(package.read(entry["path"])).hexdigest() == entry["sha256"]

    # the supervisor's integrity check re-reads them: nothing changed
    page.context.clear_cookies()
    login(page, "supervisor")
    page.get_by_role("link", name="档案核验").click()
    summary = page.get_by_test_id("integrity-summary").inner_text()
    assert "全部与记录一致" in summary
    assert int(re.search(r"共检查 (\d+) 份", summary).group(1)) >= len(materials)
    screenshot(page, f"{label}-integrity")
    return index

"""Supervision in a real browser: department timeliness chart, 催办/督办 from the board, downloads, report print."""

import csv
import io

import httpx
import pytest
from openpyxl import load_workbook

from services.common.identity import compose_id_number
from tests.conftest import token_for
from tests.web.conftest import login, screenshot

pytestmark = pytest.mark.browser
DEPT = {
    "Authorization": f"Bearer {token_for('department_staff', '370211001', department_id='370211001-civil')}"
}


def _issue(transfer_url: str, case_id: int) -> dict:
    route = {"kind": "dispatch", "receiver_department_type": "civil_affairs", "receiver_region": "370211001"}
    body = {
        "case_id": case_id,
        "case_number": f"HD-2026-{case_id:05d}",
        "window_region": "370211001",
        "window_level": "town",
        "first_responder": {"username": "window_hd", "name": "王晓燕"},
        "applicant": {
            "name": "赵大海",
            "id_number": compose_id_number("370211", "19700404", case_id % 1000),
            "hukou_region": "370211001",
        },
        "items": [{"item_code": "temporary_assistance", "item_name": "临时救助", "route": route}],
        "accepted_date": "2026-11-23",
        "due_date": "2026-12-31",
    }
    service = {"Authorization": f"Bearer {token_for('service', '')}", "Idempotency-Key": f"case-{case_id}"}
    answer = httpx.post(f"{transfer_url}/v1/cases", json=body, headers=service, timeout=10)
    assert answer.status_code in (200, 201), answer.text
    return answer.json()["slips"][0]


@pytest.fixture(scope="module")
def slips(live_stack):
    """One answered and one waiting slip of 黄岛街道民政办, issued once for the module."""
    transfer = live_stack["transfer"]
    answered, waiting = _issue(transfer, 900901), _issue(transfer, 900902)
    for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意，已入户核实"}):
        reply = httpx.post(
            f"{transfer}/v1/slips/{answered['id']}/events", json=body, headers=DEPT, timeout=10
        )
        assert reply.status_code == 200, reply.text
    return answered, waiting


class TestDepartmentTimeliness:
    def test_chart_table_and_xlsx_download(self, browser_page, slips, tmp_path):
        page = browser_page
        login(page, "supervisor")
        page.get_by_role("link", name="部门时效").click()
        chart = page.get_by_test_id("timeliness-chart")
        chart.wait_for()
        assert "各部门3个工作日内给出办理意见的比例" in chart.locator("title").first.text_content()
        assert "黄岛街道民政办" in chart.text_content() and chart.locator("rect").count() >= 1
        table = page.get_by_test_id("timeliness-table")
        assert "黄岛街道民政办" in table.inner_text()
        screenshot(page, "supervision-departments")
        with page.expect_download() as download:
            page.get_by_test_id("downloads-departments").get_by_role("link", name="Excel（XLSX）").click()
        path = tmp_path / "departments.xlsx"
        download.value.save_as(path)
        assert download.value.suggested_filename.endswith(".xlsx")
        rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        assert rows[0][1] == "部门" and "黄岛街道民政办" in [r[1] for r in rows[1:]]


class TestActOnASlip:
    def test_supervision_from_the_slip_page_is_recorded(self, browser_page, slips):
        # the board offers the same form for overdue and near-due slips (tested in-process); a fresh
        # slip of the live stack is neither, so the chosen slip is acted on from its own page
        _, waiting = slips
        page = browser_page
        login(page, "supervisor")
        page.goto(f"/slips/{waiting['id']}")
        form = page.get_by_test_id("act-form")
        form.locator("select[name=target]").select_option(f"slip:{waiting['id']}")
        form.locator("select[name=level]").select_option("supervision")
        form.locator("input[name=note]").fill("请今日内给出办理意见")
        form.get_by_role("button", name="发送催办/督办").click()
        page.wait_for_load_state("networkidle")
        assert "已督办 1 张通知单" in page.locator(".alert-ok").inner_text()
        assert "请今日内给出办理意见" in page.content()  # in the slip's own history
        screenshot(page, "supervision-slip-acted")
        page.goto("/supervision/actions")
        assert "请今日内给出办理意见" in page.locator("table").inner_text()


class TestDownloadsAndReport:
    def test_ledger_csv_download_keeps_the_filter(self, browser_page, slips, tmp_path):
        page = browser_page
        login(page, "supervisor")
        page.goto("/applications?status=accepted")
        with page.expect_download() as download:
            page.get_by_test_id("downloads-ledger").get_by_role("link", name="CSV").click()
        path = tmp_path / "ledger.csv"
        download.value.save_as(path)
        raw = path.read_bytes()
        assert raw.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0][0] == "案件编号" and all(r[1] == "已受理" for r in rows[1:])
        page.get_by_role("link", name="访问记录").click()
        page.fill("input[name=actor]", "supervisor")
        page.select_option("select[name=action]", "ledger_export")
        page.get_by_role("button", name="查询").click()
        entry = page.get_by_test_id("audit-table").locator("tbody tr").first
        assert "导出台账" in entry.inner_text() and "已受理" in entry.inner_text()  # the filter, in words
        screenshot(page, "supervision-read-audit")

    def test_monthly_report_prints_on_a4(self, browser_page, slips):
        page = browser_page
        login(page, "supervisor")
        page.goto("/reports?period=2026-11")
        report = page.get_by_test_id("periodic-report")
        assert "2026年11月工作报告" in report.locator("h1").inner_text()
        assert "本期出具通知单" in report.inner_text()
        page.emulate_media(media="print")
        assert not page.locator("form.filters").is_visible() and not page.locator("nav").first.is_visible()
        screenshot(page, "supervision-report-print")
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 5000

"""情况重大 on the pages: the window reports from the slip page, the district records the acknowledgement, the board lists it."""

from tests.transfer.conftest import submit
from tests.transfer.test_pages import web  # noqa: F401  (the logged-in web front fixture)


class TestMajorCasePages:
    def test_report_then_board_then_acknowledgement(self, web, client):  # noqa: F811
        slip = submit(client, case_id=1)["slips"][0]["id"]
        window = web("window_hd")
        page = window.get(f"/slips/{slip}").text
        assert 'data-testid="report-major"' in page
        done = window.post(
            f"/slips/{slip}/major",
            data={"csrf_token": window.csrf, "action": "report", "summary": "火灾致一家五口无处居住"},
        )
        assert "已报告区政府" in done.text and "待区政府签收" in done.text
        again = window.post(
            f"/slips/{slip}/major", data={"csrf_token": window.csrf, "action": "report", "summary": "重复"}
        )
        assert "未能登记：该案件已报告区政府" in again.text
        district = web("supervisor")
        board = district.get("/supervision").text
        assert "火灾致一家五口无处居住" in board and 'data-testid="major-reports"' in board
        acked = district.post(
            f"/slips/{slip}/major",
            data={"csrf_token": district.csrf, "action": "ack", "acknowledged_by": "区政府办公室 刘明"},
        )
        assert "已登记区政府签收" in acked.text and "区政府办公室 刘明" in acked.text
        assert "火灾致一家五口无处居住" not in district.get("/supervision").text

    def test_departments_see_no_report_form(self, web, client):  # noqa: F811
        slip = submit(client, case_id=1)["slips"][0]["id"]
        assert 'data-testid="major"' not in web("dept_hd_ca").get(f"/slips/{slip}").text

"""Supervision pages in the web front wired to the real transfer app: timeliness chart, 催办/督办, downloads."""

import csv
import io
from urllib.parse import unquote

from openpyxl import load_workbook
from sqlmodel import select

from services.transfer.slips.models import Slip, SlipEvent
from tests.conftest import TODAY
from tests.transfer.conftest import submit
from tests.transfer.test_pages import web  # noqa: F401  (the logged-in browser fixture)


def _overdue(db, slip_id):
    with db.session() as s:
        slip = s.get(Slip, slip_id)
        slip.due_date = TODAY.replace(day=TODAY.day - 2)
        s.add(slip)


class TestTimelinessPage:
    def test_chart_with_title_and_the_table_behind_it(self, web, client):  # noqa: F811
        submit(client, case_id=1)
        page = web("supervisor").get("/supervision/departments", params={"month_from": "2026-11"})
        assert page.status_code == 200
        svg = page.text[page.text.index("<svg") : page.text.index("</svg>")]
        assert "<title" in svg and "黄岛街道民政办" in svg and "<rect" in svg
        assert 'data-testid="timeliness-table"' in page.text and "cdn" not in page.text.lower()

    def test_download_xlsx_through_the_web(self, web, client):  # noqa: F811
        submit(client, case_id=1)
        answer = web("supervisor").get(
            "/exports/departments", params={"month_from": "2026-11", "format": "xlsx"}
        )
        assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
        rows = list(
            load_workbook(io.BytesIO(answer.content), read_only=True).active.iter_rows(values_only=True)
        )
        assert rows[1][1] == "黄岛街道民政办"

    def test_slips_csv_keeps_the_page_filters(self, web, client):  # noqa: F811
        submit(client, case_id=1)
        browser = web("supervisor")
        rows = list(
            csv.reader(
                io.StringIO(
                    browser.get("/exports/slips", params={"format": "csv"}).content.decode("utf-8-sig")
                )
            )
        )
        assert len(rows) == 2
        none = browser.get("/exports/slips", params={"format": "csv", "state": "returned"})
        assert len(list(csv.reader(io.StringIO(none.content.decode("utf-8-sig"))))) == 1
        assert browser.get("/exports/nothing").status_code == 422


class TestActFromTheBoard:
    def test_supervision_on_an_overdue_slip_from_the_board(self, web, client, transfer_db):  # noqa: F811
        slip = submit(client, case_id=1)["slips"][0]
        _overdue(transfer_db, slip["id"])
        browser = web("supervisor")
        board = browser.get("/supervision")
        assert (
            'data-testid="act-form"' in board.text
            and f"slip:{slip['id']}" in board.text
            and "case:1" in board.text
        )
        done = browser.post(
            "/supervision/act",
            data={
                "csrf_token": browser.csrf,
                "target": f"slip:{slip['id']}",
                "level": "supervision",
                "note": "请今日办结",
                "back": "/supervision",
            },
        )
        assert done.status_code == 303 and "已督办" in unquote(done.headers["location"])
        with transfer_db.session() as s:
            assert s.exec(select(SlipEvent).where(SlipEvent.kind == "supervision")).first().actor == "周正"
        assert "请今日办结" in browser.get("/supervision/actions").text

    def test_the_slip_page_offers_it_and_a_window_does_not_see_it(self, web, client):  # noqa: F811
        slip = submit(client, case_id=1)["slips"][0]
        assert 'data-testid="act-form"' in web("supervisor").get(f"/slips/{slip['id']}").text
        assert 'data-testid="act-form"' not in web("window_hd").get(f"/slips/{slip['id']}").text
        bad = web("supervisor").post(
            "/supervision/act", data={"target": "slip:x", "level": "reminder", "note": "好的"}
        )
        assert bad.status_code in (403, 422)

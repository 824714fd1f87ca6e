"""Supervision at realistic size in a real browser (issue 9's "Done when").

Its own stack (own databases) is bulk-loaded with 10,000 cases over the five streets by
scripts/seed_scale.py before the services start. Then a district supervisor (`supervisor`) and a street
supervisor (黄岛街道, created over the accounts API) open the supervision board, department timeliness,
the ledger (case-number search, a filter, a deep page), download the ledger as CSV and XLSX, read the
monthly report, draw a random audit twice with one seed, and the public opens the 公示 page (after one
case went the real way to an approved grant: the bulk load writes none). Counts are
checked against the API with the same account; how long seeding and the big pages took is written to
test-artifacts/<backend>-scale-timings.json (measured, not asserted).
"""

import csv
import io
import json
import re
import subprocess
import sys
import time

import httpx
import pytest
from openpyxl import load_workbook

from tests.conftest import BACKEND
from tests.web.conftest import ARTIFACTS, DEMO_PASSWORD, login, running_stack, screenshot
from tests.web.test_supervision_tools_browser import ID_NUMBER, NAME, PHONE, conclude_a_case

pytestmark = pytest.mark.browser
CASES = 10_000
STREET, STREET_NAME, OTHER_STREET_NAME = "370211001", "黄岛街道", "辛安街道"
STREET_SUPERVISOR, STREET_PASSWORD = "supervisor_hd", "Huangdao-Scale-2026!"
EIGHTEEN_DIGITS = re.compile(r"(?<![\d*])\d{17}[\dXx](?![\d*])|(?<![\d*])\d{15}(?![\d*])")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
TIMINGS: dict[str, float] = {}


def _record(name: str, seconds: float) -> None:
    TIMINGS[name] = round(seconds, 2)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{BACKEND}-scale-timings.json").write_text(json.dumps(TIMINGS, indent=1))


def _seed(env: dict[str, str]) -> None:
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "scripts.seed_scale", str(CASES), "--no-demo"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    _record("seed_seconds", time.monotonic() - began)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    with running_stack(tmp_path_factory.mktemp("scale"), label="scale", before_start=_seed) as urls:
        admin = _token(urls, "admin")
        made = httpx.post(
            f"{urls['intake']}/v1/auth/accounts",
            json={
                "username": STREET_SUPERVISOR,
                "display_name": "黄岛督查",
                "role": "supervisor",
                "region": STREET,
                "password": STREET_PASSWORD,
            },
            headers=admin,
            timeout=30,
        )
        assert made.status_code == 201, made.text
        yield urls


def _token(urls, username: str, password: str = DEMO_PASSWORD) -> dict:
    answer = httpx.post(
        f"{urls['intake']}/v1/auth/token", json={"username": username, "password": password}, timeout=30
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


ACCOUNTS = {"district": ("supervisor", DEMO_PASSWORD), "street": (STREET_SUPERVISOR, STREET_PASSWORD)}


@pytest.fixture(params=["district", "street"])
def who(request):
    return request.param


@pytest.fixture
def page(chromium, stack, who, request):
    context = chromium.new_context(
        base_url=stack["web"], locale="zh-CN", viewport={"width": 1280, "height": 900}, accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(60_000)  # 10,000 cases on a loaded machine
    login(page, *ACCOUNTS[who])
    yield page
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"FAILED-{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def api(stack, who):
    """(intake client, transfer client) carrying the same account's token."""
    headers = _token(stack, *ACCOUNTS[who])
    with (
        httpx.Client(base_url=stack["intake"], headers=headers, timeout=120) as intake,
        httpx.Client(base_url=stack["transfer"], headers=headers, timeout=120) as transfer,
    ):
        yield intake, transfer


def _timed_goto(page, path: str, name: str) -> None:
    began = time.monotonic()
    answer = page.goto(path)
    page.wait_for_load_state("load")
    _record(name, time.monotonic() - began)
    assert answer.status == 200, f"{path}: {answer.status}"


def _ledger(intake, **params) -> dict:
    answer = intake.get("/v1/applications", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _total_shown(page) -> int:
    return int(re.search(r"共 (\d+) 件", page.locator("h1").first.inner_text()).group(1))


class TestTheSeededData:
    def test_ten_thousand_cases_over_five_streets_and_the_street_sees_its_own(self, stack):
        district = httpx.Client(base_url=stack["intake"], headers=_token(stack, "supervisor"), timeout=120)
        street = httpx.Client(
            base_url=stack["intake"], headers=_token(stack, STREET_SUPERVISOR, STREET_PASSWORD), timeout=120
        )
        total = _ledger(district, page_size=1)["total"]
        assert total >= CASES
        per_street = {
            code: _ledger(district, region=code, page_size=1)["total"]
            for code in ("370211001", "370211002", "370211003", "370211004", "370211005")
        }
        assert all(n > CASES // 10 for n in per_street.values()), per_street
        own = _ledger(street, page_size=200)
        assert own["total"] == per_street[STREET]
        assert {r["window_region"] for r in own["rows"]} == {STREET}
        other = street.get("/v1/applications", params={"region": "370211002"})
        assert other.status_code == 403 or other.json()["total"] == 0, other.text


class TestBoardAndTimeliness:
    def test_supervision_board(self, page, api, who):
        _, transfer = api
        board = transfer.get("/v1/supervision")
        assert board.status_code == 200, board.text
        overdue, overdue_total = board.json()["overdue"], board.json()["overdue_total"]
        TIMINGS[f"{who}_board_overdue_slips"] = overdue_total
        TIMINGS[f"{who}_ledger_overdue_cases"] = _ledger(api[0], overdue=True, page_size=1)["total"]
        # the list is a page (newest 200); the badge counts every overdue slip the caller may see
        assert len(overdue) == min(overdue_total, 200) and overdue_total > 0
        if who == "district":
            assert overdue_total > 200, "10,000 seeded cases leave more overdue slips than one page"
        _timed_goto(page, "/supervision", f"{who}_supervision_seconds")
        badge = page.locator("[data-testid=overdue-total]")
        assert int(badge.inner_text()) == overdue_total
        if who == "street":  # the street's board: its own cases' slips only
            assert all(STREET in (s["sender_region"], s["receiver_region"]) for s in overdue)
        screenshot(page, f"scale-{who}-supervision", full_page=False)

    def test_department_timeliness(self, page, api, who):
        _, transfer = api
        report = transfer.get("/v1/statistics/departments")
        assert report.status_code == 200, report.text
        _timed_goto(page, "/supervision/departments", f"{who}_departments_seconds")
        chart = page.get_by_test_id("timeliness-chart")
        assert chart.locator("rect").count() >= 1
        table = page.get_by_test_id("timeliness-table").inner_text()
        assert f"{STREET_NAME}民政办" in table
        if who == "street":
            assert f"{OTHER_STREET_NAME}民政办" not in table
        screenshot(page, f"scale-{who}-departments")


class TestLedger:
    def test_search_filter_and_a_deep_page(self, page, api, who):
        intake, _ = api
        everything = _ledger(intake, page_size=20)
        _timed_goto(page, "/applications", f"{who}_ledger_seconds")
        assert _total_shown(page) == everything["total"]

        # a case number from the middle of the ledger, typed into the search box
        middle = _ledger(intake, page=everything["total"] // 40, page_size=20)["rows"][7]
        page.get_by_test_id("ledger-q").fill(middle["case_number"])
        page.get_by_role("button", name="筛选").click()
        page.wait_for_load_state("load")
        assert _total_shown(page) == 1 and middle["case_number"] in page.locator("table").first.inner_text()

        # a filter: accepted 临时救助 cases
        page.goto("/applications")
        page.select_option("select[name=status]", "accepted")
        page.get_by_test_id("item-filter").select_option("temporary_assistance")
        page.get_by_role("button", name="筛选").click()
        page.wait_for_load_state("load")
        wanted = _ledger(intake, status="accepted", item_code="temporary_assistance", page_size=1)["total"]
        assert _total_shown(page) == wanted > 0

        # a deep page, as the pager links it
        deep = max(1, everything["total"] // 20 - 3)
        _timed_goto(page, f"/applications?page={deep}", f"{who}_ledger_deep_page_seconds")
        expected = [r["case_number"] for r in _ledger(intake, page=deep, page_size=20)["rows"]]
        shown = page.locator("table").first.inner_text()
        assert len(expected) == 20 and all(n in shown for n in expected)
        assert page.locator("[data-testid=pager] b[aria-current=page]").inner_text() == str(deep)
        screenshot(page, f"scale-{who}-ledger-deep-page", full_page=False)


class TestExports:
    def test_ledger_csv_and_xlsx_match_the_filter(self, page, api, who, tmp_path):
        intake, _ = api
        page.goto("/applications?status=accepted")
        wanted = _ledger(intake, status="accepted", page_size=1)["total"]
        assert _total_shown(page) == wanted > 0
        downloads = page.get_by_test_id("downloads-ledger")

        began = time.monotonic()
        with page.expect_download(timeout=120_000) as download:
            downloads.get_by_role("link", name="CSV").click()
        path = tmp_path / "ledger.csv"
        download.value.save_as(path)
        _record(f"{who}_ledger_csv_seconds", time.monotonic() - began)
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
        assert rows[0][0] == "案件编号" and len(rows) - 1 == wanted
        assert {r[1] for r in rows[1:]} == {"已受理"}
        if who == "street":
            window = rows[0].index("受理窗口")
            assert all(STREET_NAME in r[window] for r in rows[1:]), {r[window] for r in rows[1:]}

        began = time.monotonic()
        with page.expect_download(timeout=120_000) as download:
            downloads.get_by_role("link", name="Excel（XLSX）").click()
        path = tmp_path / "ledger.xlsx"
        download.value.save_as(path)
        _record(f"{who}_ledger_xlsx_seconds", time.monotonic() - began)
        sheet = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
        assert sheet[0][0] == "案件编号" and len(sheet) - 1 == wanted

        if who == "street":  # unfiltered: the whole street, nothing else
            with page.expect_download(timeout=120_000) as download:
                page.goto("/applications")
                page.get_by_test_id("downloads-ledger").get_by_role("link", name="CSV").click()
            path = tmp_path / "street.csv"
            download.value.save_as(path)
            rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
            window = rows[0].index("受理窗口")
            assert len(rows) - 1 == _ledger(intake, page_size=1)["total"]
            assert all(STREET_NAME in r[window] for r in rows[1:]), {r[window] for r in rows[1:]}


class TestReport:
    def test_monthly_report(self, page, api, who, tmp_path):
        intake, _ = api
        report = intake.get("/v1/reports/periodic", params={"period": "2026-10"})
        assert report.status_code == 200, report.text
        expected = report.json()
        _timed_goto(page, "/reports?period=2026-10", f"{who}_report_seconds")
        shown = page.get_by_test_id("periodic-report")
        assert (STREET_NAME if who == "street" else "青岛西海岸新区") in shown.locator("h1").inner_text()
        total = shown.locator("tr.total td").all_inner_texts()
        assert [int(n) for n in total] == [
            expected["total"][k] for k in ("received", "accepted", "concluded", "overdue")
        ]
        assert expected["total"]["received"] > 0
        screenshot(page, f"scale-{who}-report")
        with page.expect_download(timeout=120_000) as download:
            page.get_by_test_id("downloads-report").get_by_role("link", name="Excel（XLSX）").click()
        path = tmp_path / "report.xlsx"
        download.value.save_as(path)
        assert len(list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))) > 3


class TestRandomAudit:
    def test_same_seed_same_cases(self, page, api, who):
        intake, _ = api
        region = STREET if who == "street" else "370211003"
        drawn = []
        for _ in range(2):
            page.goto("/audits")
            page.select_option("select[name=region]", region)
            page.fill("input[name=seed]", "424242")
            page.fill("input[name=size]", "10")
            page.get_by_role("button", name="抽取").click()
            page.wait_for_url(re.compile(r"/audits/\d+$"))
            rows = page.get_by_test_id("audit-cases").locator("tbody tr")
            drawn.append([rows.nth(i).locator("td").nth(1).inner_text() for i in range(rows.count())])
        assert drawn[0] == drawn[1] and len(drawn[0]) == 10 and len(set(drawn[0])) == 10
        screenshot(page, f"scale-{who}-audit-sample", full_page=False)
        body = {"seed": 424242, "size": 10, "region": region}
        first, second = (intake.post("/v1/audits/samples", json=body) for _ in range(2))
        assert first.status_code == second.status_code == 201, first.text
        ids = [c["application_id"] for c in first.json()["cases"]]
        assert ids == [c["application_id"] for c in second.json()["cases"]] and len(ids) == 10
        assert [c["case_number"] for c in first.json()["cases"]] == drawn[0]  # the page and the API agree
        assert {c["street"] for c in first.json()["cases"]} == {region}
        if who == "street":  # a street supervisor cannot draw from another street
            refused = intake.post("/v1/audits/samples", json=body | {"region": "370211002"})
            assert refused.status_code in (403, 422), refused.text


class TestPublicDisclosure:
    def test_no_id_numbers_phones_or_full_names(self, chromium, stack):
        # the bulk load writes no grants: one case goes the real way (approved 1,500 yuan, concluded)
        conclude_a_case(stack)
        district = httpx.Client(base_url=stack["intake"], headers=_token(stack, "supervisor"), timeout=120)
        names = {
            r["applicant_name"]
            for p in (1, 2, 3)
            for r in _ledger(district, page=p, page_size=200)["rows"]
            if len(r["applicant_name"]) >= 3
        }
        context = chromium.new_context(base_url=stack["web"], locale="zh-CN")
        page = context.new_page()
        try:
            _timed_goto(page, "/disclosures", "public_disclosures_seconds")
            text = page.locator("body").inner_text()
            table = page.get_by_test_id("disclosures")
            assert table.locator("tbody tr", has_text="张*丰").count() == 1
            assert not EIGHTEEN_DIGITS.search(text), EIGHTEEN_DIGITS.search(text)
            assert not MOBILE.search(text), MOBILE.search(text)
            assert not [n for n in names | {NAME} if n in text]
            assert ID_NUMBER not in page.content() and PHONE not in page.content()
            screenshot(page, "scale-public-disclosures")
        finally:
            context.close()

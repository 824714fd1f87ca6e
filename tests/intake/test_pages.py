"""The intake pages in the web front, wired in-process to the real intake and eligibility apps."""

import re

import pytest
from starlette.testclient import TestClient

from services.common.identity import compose_id_number
from services.common.settings import DEMO_AUTH_SECRET
from services.eligibility.app import create_app as eligibility_app
from services.eligibility.client import EligibilityClient
from services.eligibility.demo import load_demo as eligibility_demo
from services.intake.app import create_app as intake_app
from services.intake.demo import load_demo as intake_demo
from services.intake.settings import IntakeSettings
from tests.intake.conftest import FakeTransfer
from web.app import create_app as web_app

ID = compose_id_number("370211", "19900315", 41)


@pytest.fixture
def stack(intake_db, eligibility_db):
    eligibility_demo(eligibility_db)
    intake_demo(intake_db)
    elig = eligibility_app(db=eligibility_db)
    elig.state.settings.run_workers = False
    elig_http = TestClient(elig, base_url="http://eligibility")
    client = EligibilityClient(
        "http://eligibility", client=elig_http, auth_secret=DEMO_AUTH_SECRET, caller="intake"
    )
    intake = intake_app(
        settings=IntakeSettings(database_url="sqlite://", run_workers=False),
        db=intake_db,
        eligibility=client,
        transfer=FakeTransfer(),
    )
    intake_http = TestClient(intake, base_url="http://intake")
    web = web_app(clients={"intake": intake_http, "eligibility": elig_http})
    yield web
    intake_http.close()
    elig_http.close()


def login(web, username: str) -> TestClient:
    browser = TestClient(web, follow_redirects=False)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/login").text).group(1)
    assert (
        browser.post(
            "/login", data={"username": username, "password": "yimen-demo-2026", "csrf_token": csrf}
        ).status_code
        == 303
    )
    browser.csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', browser.get("/").text).group(1)
    return browser


class TestIntakePages:
    def test_whole_intake_from_form_to_receipt(self, stack):
        browser = login(stack, "window_hd")
        form_page = browser.get("/applications/new")
        assert form_page.status_code == 200 and "临时救助" in form_page.text
        checked = browser.post(
            "/applications/check-id",
            data={"id_number": ID},
            headers={"X-CSRF-Token": browser.csrf, "HX-Request": "true"},
        )
        assert "有效" in checked.text and "<html" not in checked.text
        bad = browser.post(
            "/applications/check-id",
            data={"id_number": ID[:-1] + "0"},
            headers={"X-CSRF-Token": browser.csrf, "HX-Request": "true"},
        )
        assert "无效" in bad.text
        created = browser.post(
            "/applications/new",
            data={
                "csrf_token": browser.csrf,
                "applicant_name": "孙大成",
                "id_number": ID,
                "phone": "13700000000",
                "hukou_region": "370211001",
                "difficulty": "突发重病住院",
                "item_codes": ["temporary_assistance"],
                "provided": ["id_card"],
                "channel": "window",
                "idempotency_key": "page-1",
                "member_name": ["", "", ""],
                "member_id": ["", "", ""],
                "member_relation": ["", "", ""],
            },
        )
        assert created.status_code == 303, created.text[:2000]
        case_url = created.headers["location"]
        case = browser.get(case_url)
        assert "孙大成" in case.text and "尚缺材料" in case.text and "王晓燕" in case.text
        notice = browser.post(f"{case_url}/do/notice", data={"csrf_token": browser.csrf})
        assert notice.headers["location"].endswith("/notice/print")
        printed = browser.get(notice.headers["location"]).text
        assert printed.count("申请人签名") == 2 and "申请人留存" in printed and "窗口留底" in printed
        missing = re.findall(r'name="materials" value="([^"]+)"', browser.get(case_url).text)
        assert missing
        browser.post(f"{case_url}/do/materials", data={"csrf_token": browser.csrf, "materials": missing})
        accepted = browser.post(f"{case_url}/do/accept", data={"csrf_token": browser.csrf})
        assert accepted.headers["location"].endswith("/receipt/print")
        receipt = browser.get(accepted.headers["location"]).text
        assert "受理回执" in receipt and "承诺办结日期" in receipt and ID not in receipt

    def test_duplicate_warning_and_acknowledgement(self, stack):
        browser = login(stack, "window_hd")
        data = {
            "csrf_token": browser.csrf,
            "applicant_name": "孙大成",
            "id_number": ID,
            "phone": "13700000000",
            "hukou_region": "370211001",
            "difficulty": "突发重病住院",
            "item_codes": ["temporary_assistance"],
            "channel": "window",
        }
        assert browser.post("/applications/new", data=dict(data, idempotency_key="a")).status_code == 303
        warned = browser.post("/applications/new", data=dict(data, idempotency_key="b"))
        assert warned.status_code == 409 and "重复救助提示" in warned.text
        ok = browser.post(
            "/applications/new", data=dict(data, idempotency_key="c", ack_reason="前案已撤回，核实无误")
        )
        assert ok.status_code == 303

    def test_bad_input_re_renders_the_form(self, stack):
        browser = login(stack, "window_hd")
        response = browser.post(
            "/applications/new",
            data={
                "csrf_token": browser.csrf,
                "applicant_name": "孙大成",
                "id_number": "123",
                "phone": "13700000000",
                "hukou_region": "370211001",
                "difficulty": "困难",
                "item_codes": ["temporary_assistance"],
            },
        )
        assert (
            response.status_code == 422
            and "申请人的身份证号码" in response.text  # the field by its label, never `applicant.id_number`
            and "applicant.id_number" not in response.text
            and "孙大成" in response.text
        )

    def test_workbench_ledger_public_statistics_calendar(self, stack):
        browser = login(stack, "window_hd")
        assert "今日登记" in browser.get("/workbench").text
        assert "案件台账" in browser.get("/applications").text
        public = TestClient(stack)
        assert "办理进度查询" in public.get("/progress").text
        assert "投诉找茬" in public.get("/complaint").text
        supervisor = login(stack, "supervisor")
        assert "按月受理件数" in supervisor.get("/statistics").text
        admin = login(stack, "admin")
        page = admin.get("/admin/calendar")
        assert page.status_code == 200 and "仅按周末推算" in page.text
        uploaded = admin.post(
            "/admin/calendar",
            data={
                "csrf_token": admin.csrf,
                "year": "2027",
                "holidays": "2027-01-01\n2027-02-06..2027-02-12",
                "workdays": "2027-02-14",
                "reference": "测试",
            },
        )
        assert uploaded.status_code == 303
        assert "已导入 2027 年安排" in admin.get(uploaded.headers["location"]).text


class TestDemo:
    def test_demo_is_idempotent(self, intake_db):
        from sqlmodel import func, select

        from services.intake.applications.models import Application

        intake_demo(intake_db)
        with intake_db.session() as session:
            count = session.exec(select(func.count()).select_from(Application)).one()
        again = intake_demo(intake_db)
        assert again["accounts"] == 0 and again["applications"] == 0
        assert not any(again.get("service_modes", {}).values())  # slots, profiles, households: nothing twice
        with intake_db.session() as session:
            assert session.exec(select(func.count()).select_from(Application)).one() == count == 4


class TestComplaintPages:
    def test_online_complaint_then_assigned_and_answered(self, stack):
        public = TestClient(stack)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', public.get("/complaint").text).group(1)
        filed = public.post(
            "/complaint",
            data={"csrf_token": csrf, "region": "370211001", "content": "告知清单漏写了户口簿，多跑一趟"},
        )
        assert "投诉已登记" in filed.text
        supervisor = login(stack, "supervisor")
        ledger = supervisor.get("/complaints").text
        complaint_id = re.search(r'name="complaint_id" value="(\d+)"', ledger).group(1)
        supervisor.post(
            "/complaints",
            data={
                "csrf_token": supervisor.csrf,
                "action": "assign",
                "complaint_id": complaint_id,
                "handler": "周正",
            },
        )
        supervisor.post(
            "/complaints",
            data={
                "csrf_token": supervisor.csrf,
                "action": "reply",
                "complaint_id": complaint_id,
                "reply": "已核实，对经办人批评教育",
            },
        )
        assert "已核实，对经办人批评教育" in supervisor.get("/complaints").text

    def test_progress_page(self, stack):
        browser = login(stack, "window_hd")
        row = browser.get("/applications").text
        number = re.search(r"(HD-\d{4}-\d{5})", row).group(1)
        public = TestClient(stack)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', public.get("/progress").text).group(1)
        wrong = public.post(
            "/progress", data={"csrf_token": csrf, "case_number": number, "id_last6": "000000"}
        )
        assert wrong.status_code == 404 and "不正确" in wrong.text

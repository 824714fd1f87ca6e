"""The window clerk's day in pages (issue 15), in-process with the four apps wired: the registration form's
live parts, the ID-card reader, the kept form over an expired login, the case page's actions, routing and
slips, the ledger's search and pages, the public progress query."""

import re

import pytest
from starlette.testclient import TestClient

from services.common.identity import compose_id_number
from tests.conftest import auth
from tests.web.inprocess import four_apps, hand_over, login

OLD = compose_id_number("370211", "19400305", 17)  # 86 on the suite's day
HTMX = {"HX-Request": "true"}
APPLICANT = compose_id_number("370211", "19800101", 55)


@pytest.fixture(scope="module")
def stack(engines):
    with four_apps(engines) as apps:
        yield apps


def htmx(browser, path, data):
    return browser.post(path, data=data, headers={**HTMX, "X-CSRF-Token": browser.csrf})


class TestRegistrationForm:
    def test_opens_on_the_clerks_street_with_labelled_member_rows(self, stack):
        page = login(stack["web"], "window_hd").get("/applications/new").text
        assert re.search(r'<option value="370211001"\s+selected>', page)
        assert 'data-testid="add-member"' in page and '<template id="member-template">' in page
        template = page[page.index('<template id="member-template">') :]
        assert '<label>成员姓名 <input name="member_name"' in template

    def test_suggests_by_age_while_typing_and_adds_the_item(self, stack):
        browser = login(stack["web"], "window_hd")
        live = htmx(
            browser, "/applications/live", {"id_number": OLD, "difficulty": "", "hukou_region": "370211001"}
        )
        assert live.status_code == 200 and "高龄津贴" in live.text and "86 周岁" in live.text
        added = htmx(
            browser,
            "/applications/live",
            {"id_number": OLD, "difficulty": "", "hukou_region": "370211001", "add": "elderly_allowance"},
        )
        assert re.search(r'value="elderly_allowance"\s+checked', added.text)
        assert (
            'data-testid="routing-preview"' in added.text
            and "3个工作日" not in added.text.split("routing")[0]
        )

    def test_keywords_suggest_and_materials_follow_the_chosen_items(self, stack):
        browser = login(stack["web"], "window_hd")
        live = htmx(
            browser,
            "/applications/live",
            {
                "difficulty": "孩子上大学交不起学费",
                "hukou_region": "370211001",
                "item_codes": ["temporary_assistance"],
            },
        )
        assert "教育" in live.text
        needed = live.text[live.text.index('id="materials"') : live.text.index("<details")]
        assert "身份证" in needed
        assert "其他材料" in live.text

    def test_routing_preview_names_kind_receiver_and_answer_date(self, stack):
        browser = login(stack["web"], "window_hd")
        live = htmx(
            browser,
            "/applications/live",
            {"difficulty": "看病", "hukou_region": "370211001", "item_codes": ["medical_assistance"]},
        )
        preview = live.text[live.text.index('data-testid="routing-preview"') :]
        assert re.search(r"今日受理则 \d{4}-\d\d-\d\d 前", preview)
        assert "通知单" in preview and "/guide/medical_assistance/form" in preview


class TestIdCardReader:
    @pytest.mark.parametrize(
        "raw",
        [
            f"张秀英|女|汉|19400305|山东省青岛市黄岛区黄岛街道香江路1号|{OLD}|青岛市公安局黄岛分局|2020.01.01-长期",
            f"姓名:张秀英;身份证号:{OLD};住址:山东省青岛市黄岛区黄岛街道香江路1号",
            f'{{"partyName": "张秀英", "certNumber": "{OLD}", "address": "黄岛街道香江路1号"}}',
        ],
    )
    def test_fills_name_number_and_street(self, stack, raw):
        browser = login(stack["web"], "window_hd")
        answer = htmx(browser, "/applications/read-card", {"card": raw, "phone": "13700000000"})
        assert 'value="张秀英"' in answer.text and f'value="{OLD}"' in answer.text
        assert 'value="13700000000"' in answer.text  # what the clerk typed stays
        assert re.search(r'<option value="370211001"\s+selected>', answer.text)

    def test_unreadable_string_says_so(self, stack):
        browser = login(stack["web"], "window_hd")
        answer = htmx(browser, "/applications/read-card", {"card": "????"})
        assert "未能识别读卡内容" in answer.text


class TestExpiredLogin:
    def test_household_typed_before_expiry_comes_back_after_login(self, stack):
        browser = login(stack["web"], "window_hd")
        browser.cookies.clear()  # the session ran out while the clerk typed
        posted = browser.post(
            "/applications/new",
            data={
                "csrf_token": browser.csrf,
                "applicant_name": "孙大成",
                "id_number": OLD,
                "member_name": ["孙小成"],
                "member_id": [""],
                "member_relation": ["子女"],
                "difficulty": "生病住院",
            },
        )
        assert posted.status_code == 303 and posted.headers["location"].startswith(
            "/login?next=/applications/new"
        )
        login_page = browser.get(posted.headers["location"]).text
        assert "内容已保留" in login_page and "CSRF" not in login_page.split("<main")[1]
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', login_page).group(1)
        back = browser.post(
            "/login",
            data={
                "username": "window_hd",
                "password": "yimen-demo-2026",
                "csrf_token": csrf,
                "next": "/applications/new",
            },
        )
        assert back.headers["location"] == "/applications/new"
        form = browser.get("/applications/new").text
        assert (
            'value="孙大成"' in form and 'value="孙小成"' in form and "生病住院" in form and "已恢复" in form
        )
        assert "已恢复" not in browser.get("/applications/new").text  # once

    def test_a_window_registration_keeps_the_applicants_community_for_the_disclosure(self, stack):
        browser = login(stack["web"], "window_hd")
        form = browser.get("/applications/new").text
        assert "所在村（居）委会" in form
        created = browser.post(
            "/applications/new",
            data={
                "csrf_token": browser.csrf,
                "applicant_name": "赵社区",
                "id_number": compose_id_number("370211", "19790203", 31),
                "phone": "13700000009",
                "hukou_region": "370211001",
                "difficulty": "失业",
                "item_codes": ["temporary_assistance"],
                "channel": "window",
                "community_name": " 戚家社区 ",
            },
        )
        assert created.status_code == 303, created.text
        case_id = created.headers["location"].rsplit("/", 1)[1]
        with TestClient(stack["intake"]) as intake:
            case = intake.get(f"/v1/applications/{case_id}", headers=auth("window_staff")).json()
        assert case["community_name"] == "戚家社区"


class TestCasePage:
    def test_accept_only_when_materials_are_in_and_reasons_otherwise(self, stack):
        browser = login(stack["web"], "window_hd")
        created = browser.post(
            "/applications/new",
            data={
                "csrf_token": browser.csrf,
                "applicant_name": "钱多多",
                "id_number": APPLICANT,
                "phone": "13700000001",
                "hukou_region": "370211001",
                "difficulty": "失业",
                "item_codes": ["temporary_assistance"],
                "channel": "window",
            },
        )
        case_url = created.headers["location"]
        page = browser.get(case_url).text
        assert 'data-testid="accept"' not in page and "暂不能受理：材料未齐" in page
        assert 'data-testid="routing-preview"' in page
        assert "id_card" not in re.sub(r'value="[^"]*"', "", page)
        reopened = browser.get(f"{case_url}/do/accept")
        assert reopened.status_code == 303 and reopened.headers["location"] == case_url
        refused = browser.post(f"{case_url}/do/accept", data={"csrf_token": browser.csrf})
        assert refused.status_code == 303  # redirect after POST, the reason shown once on the case page
        shown = browser.get(refused.headers["location"].split("#")[0]).text
        assert (
            'data-testid="case-error"' in shown
            and "（" not in shown.split('data-testid="case-error">')[1][:3]
        )
        missing = re.findall(r'name="materials" value="([^"]+)"', page)
        browser.post(f"{case_url}/do/materials", data={"csrf_token": browser.csrf, "materials": missing})
        ready = browser.get(case_url).text
        assert 'data-testid="accept"' in ready and "材料已齐" in ready
        browser.post(f"{case_url}/do/accept", data={"csrf_token": browser.csrf})
        hand_over(stack)
        accepted = browser.get(case_url).text
        slips = accepted[accepted.index('data-testid="case-slips"') :]
        assert "临时救助" in slips and ("分办" in slips or "转办" in slips)
        timeline = accepted[accepted.index('data-testid="timeline"') :]
        assert "王晓燕" in timeline and "window_hd" not in timeline and "transfer" not in timeline
        # the applicant's phone: lower-case case number, steps with dates, the receiving department
        number = re.search(r"<h1>([A-Z]+-\d{4}-\d+)", accepted).group(1)
        public = TestClient(stack["web"])
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', public.get("/progress").text).group(1)
        answer = public.post(
            "/progress", data={"csrf_token": csrf, "case_number": number.lower(), "id_last6": APPLICANT[-6:]}
        )
        assert answer.status_code == 200, answer.text[-800:]
        steps = answer.text[answer.text.index('data-testid="progress-steps"') :]
        assert re.search(r"\d{4}-\d\d-\d\d</span> 已受理", steps)
        assert "民政" in answer.text[answer.text.index('data-testid="progress-departments"') :]


class TestErrors:
    def test_unknown_address_is_the_chinese_page_for_everyone(self, stack):
        answer = TestClient(stack["web"]).get("/nothing-here")
        assert answer.status_code == 404 and "没有这个页面" in answer.text and "detail" not in answer.text


class TestLedger:
    def test_search_by_full_id_number_and_phone_item_names_and_page_numbers(self, stack):
        browser = login(stack["web"], "window_hd")
        page = browser.get("/applications").text
        assert 'name="item_code"' in page and '<option value="temporary_assistance"' in page
        assert 'data-testid="pager"' in page and 'aria-current="page">1<' in page
        by_id = browser.get("/applications", params={"q": APPLICANT}).text
        by_phone = browser.get("/applications", params={"q": "137 0000 0001"}).text
        assert "钱多多" in by_id and "钱多多" in by_phone

    def test_batch_print_of_receipts_one_a_page(self, stack):
        browser = login(stack["web"], "window_hd")
        ids = re.findall(r'name="ids" value="(\d+)"', browser.get("/applications").text)
        printed = browser.get("/applications/print", params={"kind": "receipt", "ids": ids})
        assert printed.status_code == 200
        receipts = printed.text.count('data-testid="receipt"')
        assert receipts >= 1 and "未列入" in printed.text  # drafts have no receipt: named, not printed


class TestDistrictWindowAndDepartments:
    def test_district_window_has_an_inbox_of_incoming_transfers(self, stack):
        browser = login(stack["web"], "window_qu")
        home = browser.get("/escalations")
        assert home.status_code == 200 and 'href="/escalations"' in home.text and "转送收件" in home.text
        town = login(stack["web"], "window_hd").get("/workbench").text
        assert 'href="/escalations"' not in town  # a town window sends 转送 slips, it does not receive them

    def test_administrator_edits_a_department(self, stack):
        admin = login(stack["web"], "admin")
        page = admin.get("/admin/departments").text
        assert 'action="/admin/departments/370211-education/edit"' in page
        saved = admin.post(
            "/admin/departments/370211-education/edit",
            data={
                "csrf_token": admin.csrf,
                "name": "区教育和体育局",
                "head_name": "孙主任",
                "phone": "0532-1",
            },
        )
        assert saved.status_code == 303
        assert "区教育和体育局" in admin.get("/admin/departments").text
        blank = admin.post(
            "/admin/departments/370211-education/edit", data={"csrf_token": admin.csrf, "name": " "}
        )
        assert (
            blank.status_code == 422
            and "名称" in blank.text
            and "name" not in blank.text.split("<main")[1].split('name="')[0]
        )


class TestOutreachVisitToConsultation:
    def test_the_window_registers_a_visits_question_and_lands_on_the_consultation(self, stack):
        with TestClient(stack["intake"]) as intake:
            window = auth("window_staff", subject="window_hd", name="王晓燕")
            household = intake.post(
                "/v1/outreach/households",
                json={
                    "head_name": "周走访",
                    "community": "戚家社区",
                    "situation": "独居",
                    "phone": "13700000021",
                },
                headers=window,
            ).json()
            visit = intake.post(
                "/v1/outreach/visits",
                json={
                    "household_id": household["id"],
                    "situation": "老人问能否申请临时救助",
                    "risk_level": "low",
                },
                headers=window,
            ).json()
        browser = login(stack["web"], "window_hd")
        assert 'data-testid="start-consultation"' in browser.get("/outreach").text
        posted = browser.post(
            f"/outreach/visits/{visit['id']}/consultation",
            data={"csrf_token": browser.csrf, "answer": "已告知条件和材料", "follow_up_days": "2"},
        )
        assert posted.status_code == 303 and posted.headers["location"].startswith("/consultations/")
        page = browser.get(posted.headers["location"]).text
        assert "周走访" in page and "走访发现" in page and "已告知条件和材料" in page
        assert "已登记咨询" in browser.get("/outreach").text

"""The public 公示 page: masked names only, each item linked to its guide, objections through the form."""

import re
from datetime import date, timedelta

from sqlmodel import select
from starlette.testclient import TestClient

from services.common.ratelimit import SlidingWindowLimit
from services.transfer.departments.models import Department
from services.transfer.disclosures import routes
from services.transfer.grants.models import Grant
from services.transfer.slips.models import Slip, TransferCase
from tests.web.inprocess import four_apps, login

ID_NUMBER = re.compile(r"\d{17}[\dXx]|\d{15}")
PHONE = re.compile(r"1[3-9]\d{9}")


def _grant(apps, name: str) -> None:
    """A granted case straight in transfer's tables (the procedure that leads there is tested elsewhere)."""
    with apps["transfer"].state.db.session() as s:
        case = TransferCase(
            case_id=990001,
            case_number="HD-2026-99001",
            window_region="370211001",
            window_level="town",
            first_responder_username="window_hd",
            first_responder_name="王晓燕",
            applicant_name=name,
            applicant_id_number="370211198506120114",
            applicant_phone="13912345678",
            hukou_region="370211001",
            community="戚家社区",
            accepted_date=date(2026, 11, 2),
            due_date=date(2026, 12, 2),
        )
        s.add(case)
        s.flush()
        department = s.exec(select(Department)).first()
        slip = Slip(
            number="FB-2026-99001",
            verify_code="V99001",
            kind="dispatch",
            case_id=case.case_id,
            case_number=case.case_number,
            item_code="temporary_assistance",
            item_name="临时救助",
            sender_name="黄岛街道便民服务中心",
            sender_region="370211001",
            receiver_id=department.id,
            receiver_name=department.name,
            receiver_region="370211001",
        )
        s.add(slip)
        s.flush()
        s.add(
            Grant(
                slip_id=slip.id,
                case_number=case.case_number,
                item_code="temporary_assistance",
                applicant_id_number=case.applicant_id_number,
                amount_fen=120000,
                grant_date=date(2026, 11, 10),
            )
        )


class TestDisclosurePage:
    def test_masked_linked_and_objection_lodged(self, engines, monkeypatch):
        monkeypatch.setattr(routes, "READS", SlidingWindowLimit(1000, timedelta(minutes=1)))
        monkeypatch.setattr(routes, "OBJECTIONS", SlidingWindowLimit(5, timedelta(hours=1)))
        with four_apps(engines) as apps:
            _grant(apps, "张三丰")
            browser = TestClient(apps["web"], follow_redirects=False)
            page = browser.get("/disclosures")
            assert page.status_code == 200, page.text[:500]
            text = page.text
            assert "张*丰" in text and "张三丰" not in text
            assert not ID_NUMBER.search(text) and not PHONE.search(text)
            assert 'href="/guide/temporary_assistance"' in text
            assert "<th>村（社区）</th>" in text and "<td>戚家社区</td>" in text
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)
            grant_id = re.search(r"<td>(\d+)</td><td>张\*丰</td>", text).group(1)
            form = {
                "grant_id": grant_id,
                "content": "该户有营业车辆",
                "contact": "13912345678",
                "csrf_token": csrf,
            }
            answer = browser.post("/disclosures/objections", data=form)
            assert answer.status_code == 200 and "异议已收到" in answer.text
            assert "13912345678" not in answer.text.replace('value="13912345678"', "")
            bad = browser.post("/disclosures/objections", data=form | {"content": "短"})
            assert 'data-testid="form-error"' in bad.text


class TestObjectionAnswers:
    def test_staff_answer_and_the_public_sees_it_masked(self, engines, monkeypatch):
        monkeypatch.setattr(routes, "READS", SlidingWindowLimit(1000, timedelta(minutes=1)))
        monkeypatch.setattr(routes, "OBJECTIONS", SlidingWindowLimit(5, timedelta(hours=1)))
        with four_apps(engines) as apps:
            _grant(apps, "张三丰")
            public = TestClient(apps["web"], follow_redirects=False)
            text = public.get("/disclosures").text
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)
            grant_id = re.search(r"<td>(\d+)</td><td>张\*丰</td>", text).group(1)
            content = "张三丰家有营业车辆，车主电话13812345678"
            form = {"grant_id": grant_id, "content": content, "contact": "13912345678", "csrf_token": csrf}
            assert "异议已收到" in public.post("/disclosures/objections", data=form).text
            assert "公示期内暂无已答复的异议" in public.get("/disclosures").text

            staff = login(apps["web"], "dept_hd_ca")
            listing = staff.get("/disclosure-objections")
            assert (
                listing.status_code == 200 and content in listing.text
            )  # staff see it whole, with the contact
            number = re.search(r'id="objection-(\d+)"', listing.text).group(1)
            reply = {"reply": "经核实，张三丰名下车辆已于2025年转让，维持公示", "csrf_token": staff.csrf}
            saved = staff.post(f"/disclosure-objections/{number}", data=reply)
            assert saved.status_code == 303
            assert "已答复异议" in staff.get(saved.headers["location"]).text
            short = staff.post(
                f"/disclosure-objections/{number}", data={"reply": "好", "csrf_token": staff.csrf}
            )
            assert 'data-testid="form-error"' in short.text

            page = public.get("/disclosures").text
            assert 'data-testid="objection-answer"' in page and "维持公示" in page
            assert "张*丰家有营业车辆，车主电话138****5678" in page
            assert "张三丰" not in page and not ID_NUMBER.search(page) and not PHONE.search(page)
            assert "13912345678" not in page  # the objector's contact is never public

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
from tests.web.inprocess import four_apps

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

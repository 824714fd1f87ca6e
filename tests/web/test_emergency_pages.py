"""先行救助 before acceptance, all four apps in-process: the 急难型 path — aid first, then acceptance and the steps."""

import re

from services.common.identity import compose_id_number
from tests.conftest import auth
from tests.web.inprocess import four_apps, login

WINDOW = auth("window_staff", "370211001", name="王晓燕", subject="window_hd")
HOLDER = compose_id_number("370211", "19700505", 51)
SPOUSE = compose_id_number("370211", "19720606", 52)
MATERIALS = ["application_letter", "id_card", "household_register", "family_situation_statement"]
# the pledge is signed once the family is housed: accepted with it missing, as a reasoned 容缺 decision
ACCEPT = {
    "accepted_date": "2026-11-24",
    "tolerate_missing": {
        "reason": "火灾急难，先行救助，诚信承诺事后补签",
        "materials": ["integrity_authorisation"],
    },
}


def _register(intake, emergency=True) -> dict:
    from starlette.testclient import TestClient

    body = {
        "applicant": {
            "name": "周海涛",
            "id_number": HOLDER,
            "phone": "13800000001",
            "hukou_region": "370211001",
        },
        "members": [{"name": "吴丽", "id_number": SPOUSE, "relation": "配偶"}],
        "difficulty": "凌晨家中失火，房屋烧毁，一家无处居住",
        "item_codes": ["temporary_assistance"],
        "emergency": emergency,
        "channel": "window",
        "provided_materials": MATERIALS,
    }
    answer = TestClient(intake).post("/v1/applications", json=body, headers=WINDOW)
    assert answer.status_code == 201, answer.text
    return answer.json()


def _hand_over(apps, case_id: int) -> list[dict]:
    """Deliver this case's handoff only (what intake's worker does): the slips transfer issued."""
    from sqlmodel import select

    from services.intake.handoff.models import IntakeOutbox

    with apps["intake"].state.db.session() as session:
        message = session.exec(select(IntakeOutbox).where(IntakeOutbox.dedupe_key == f"case-{case_id}")).one()
        session.expunge(message)
    return apps["intake"].state.handoff_sender(message)


def _csrf(text: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', text).group(1)


def _aid(web, case_id, amount, what="临时生活救助金"):
    page = web.get(f"/applications/{case_id}/emergency-aid")
    form = {"csrf_token": _csrf(page.text), "given_by": "黄岛街道民政办 孙丽", "what": what, "amount": amount}
    return web.post(f"/applications/{case_id}/emergency-aid", data=form)


class TestAidFirstThenTheProcedure:
    def test_the_emergency_path_at_the_window(self, engines):
        from starlette.testclient import TestClient

        with four_apps(engines) as apps:
            case = _register(apps["intake"])
            web = login(apps["web"], "window_hd")
            assert 'data-testid="emergency-aid-link"' in web.get(f"/applications/{case['id']}").text
            page = web.get(f"/applications/{case['id']}/emergency-aid")
            assert page.status_code == 200 and 'data-testid="aid-form"' in page.text
            assert "本案尚无救助记录" in page.text  # transfer does not hold the case yet

            done = _aid(web, case["id"], "2000.00")
            assert done.status_code == 303, done.text
            apps["transfer"].state.deliverer.run_once()  # transfer's event reaches the case timeline
            page = web.get(done.headers["location"])
            assert "已登记先行救助" in page.text and "2000.00" in page.text
            assert "其中先行救助 2000.00 元" in page.text and "本案已计为一次" in page.text
            status = TestClient(apps["intake"]).get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
            assert status["status"] != "accepted"  # aid came before acceptance

            over = _aid(web, case["id"], "28000.01")  # 2000 + 28000.01 > 30000
            assert over.status_code == 409 and "未能登记" in over.text and "30,000.00" in over.text

            # the procedure afterwards: accepted (容缺), handed over, the slip carries the aid
            accepted = TestClient(apps["intake"]).post(
                f"/v1/applications/{case['id']}/accept", json=ACCEPT, headers=WINDOW
            )
            assert accepted.status_code == 200, accepted.text
            slips = _hand_over(apps, case["id"])
            slip = TestClient(apps["transfer"]).get(f"/v1/slips/{slips[0]['id']}", headers=WINDOW).json()
            assert [a["amount"] for a in slip["emergency_aid"]] == ["2000.00"]
            assert slip["case_number"] == case["case_number"]

    def test_refused_for_a_case_not_marked_emergency_and_for_other_roles(self, engines):
        from starlette.testclient import TestClient

        with four_apps(engines) as apps:
            plain = _register(apps["intake"], emergency=False)
            intake = TestClient(apps["intake"])
            aid = {"given_by": "街道", "what": "救助金", "amount": "500.00"}
            path = f"/v1/applications/{plain['id']}/emergency-aid"
            assert intake.post(path, json=aid, headers=WINDOW).json()["field"] == "emergency"
            assert intake.post(path, json=aid, headers=auth("window_staff", "370211002")).status_code == 404
            assert intake.post(path, json=aid, headers=auth("supervisor", "370211")).status_code == 403
            bad = intake.post(path, json={**aid, "amount": 500.5}, headers=WINDOW)
            assert bad.status_code == 422 and bad.json()["field"] == "amount"
            web = login(apps["web"], "window_hd")
            page = web.get(f"/applications/{plain['id']}/emergency-aid")
            assert "不适用先行救助" in page.text and 'data-testid="aid-form"' not in page.text

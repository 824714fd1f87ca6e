"""Social forces (社会力量): a need published without personal data, taken up by an organisation as a refer slip."""

import pytest

from services.common.vocabulary import SlipKind
from services.transfer.departments.models import Department
from tests.conftest import auth
from tests.transfer.conftest import submit

WINDOW = auth("window_staff", "370211001", subject="window_hd", name="王晓燕")
WINDOW_XA = auth("window_staff", "370211002", subject="window_xa", name="李建国")
CHARITY = auth("department_staff", "370211", department_id="370211-charity", name="施静")
VOLUNTEERS = auth("department_staff", "370211", department_id="370211-volunteer", name="顾明")
EDU = auth("department_staff", "370211", department_id="370211-education", name="赵明")
SUPERVISOR = auth("supervisor", "370211", subject="supervisor", name="周正")
NEED = {"case_id": 1, "title": "独居老人需要助餐", "description": "七旬老人术后行动不便，需要上门助餐两个月"}


@pytest.fixture(autouse=True)
def volunteers(app, transfer_db):
    """A second registered organisation: a volunteer federation."""
    with transfer_db.session() as session:
        session.add(
            Department(
                id="370211-volunteer", name="区志愿服务联合会", type="social_organisation", region="370211"
            )
        )


def publish(client, **overrides):
    r = client.post("/v1/needs", json=NEED | overrides, headers=WINDOW)
    assert r.status_code == 201, r.text
    return r.json()


class TestPublish:
    def test_text_with_name_id_or_phone_is_refused(self, client):
        submit(client)
        for text, what in (
            ("张三丰家需要助餐", "申请人姓名"),
            ("联系 13800000000", "电话号码"),
            ("身份证 370211198506120114", "身份证号"),
        ):
            r = client.post("/v1/needs", json=NEED | {"description": text + "，需要帮助"}, headers=WINDOW)
            assert r.status_code == 422 and r.json()["field"] == "description" and what in r.json()["detail"]

    def test_another_towns_case_cannot_be_published_and_organisations_see_no_personal_data(self, client):
        submit(client)
        assert client.post("/v1/needs", json=NEED, headers=WINDOW_XA).status_code == 404
        need = publish(client)
        listed = client.get("/v1/needs", headers=CHARITY)
        assert [n["id"] for n in listed.json()] == [need["id"]]
        assert "张三丰" not in listed.text and "13800000000" not in listed.text
        assert client.get("/v1/needs", headers=WINDOW_XA).json() == []
        assert client.get("/v1/needs", headers=EDU).status_code == 403  # not a social organisation


class TestTakeUp:
    def test_an_organisation_takes_it_up_with_a_refer_slip_and_the_usual_deadline(self, client):
        submit(client)
        need = publish(client)
        assert client.post(f"/v1/needs/{need['id']}/take", headers=WINDOW).status_code == 403
        r = client.post(f"/v1/needs/{need['id']}/take", headers=CHARITY)
        assert r.status_code == 200, r.text
        taken = r.json()
        assert taken["status"] == "taken" and taken["taken_by_name"] == "区慈善总会"
        assert taken["slip_number"].startswith(SlipKind.REFER.number_prefix)
        slip = client.get(f"/v1/slips/{taken['slip_id']}", headers=CHARITY).json()
        assert slip["kind"] == "refer" and slip["receiver_id"] == "370211-charity"
        assert slip["opinion_due_date"] == "2026-11-27"  # 3 working days after Tuesday 11-24
        again = client.post(f"/v1/needs/{need['id']}/take", headers=VOLUNTEERS)
        assert again.status_code in (404, 409)  # gone from the other organisation's list
        outcomes = {
            o["department_id"]: o for o in client.get("/v1/needs/outcomes", headers=SUPERVISOR).json()
        }
        assert outcomes["370211-charity"]["taken"] == 1 and outcomes["370211-charity"]["open"] == 1
        assert outcomes["370211-volunteer"]["taken"] == 0

    def test_a_withdrawn_need_cannot_be_taken(self, client):
        submit(client)
        need = publish(client)
        assert client.post(f"/v1/needs/{need['id']}/withdraw", headers=WINDOW).json()["status"] == "withdrawn"
        assert client.post(f"/v1/needs/{need['id']}/take", headers=CHARITY).status_code == 404

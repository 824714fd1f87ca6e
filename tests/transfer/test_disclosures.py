"""公示: the public list (masked names, nothing identifying, the configured period), objections, rate limits."""

import re
from datetime import date, timedelta

import pytest

from services.common.identity import mask_name
from services.common.ratelimit import SlidingWindowLimit
from services.transfer.disclosures import routes
from services.transfer.grants.models import Grant
from tests.conftest import auth
from tests.transfer.conftest import APPLICANT_ID, submit

HD_STAFF = auth("department_staff", "370211001", subject="civil_hd")
XA_STAFF = auth("department_staff", "370211002", subject="civil_xa")
ID_NUMBER = re.compile(r"\d{17}[\dXx]|\d{15}")
PHONE = re.compile(r"1[3-9]\d{9}")


@pytest.fixture(autouse=True)
def fresh_limits(monkeypatch):
    monkeypatch.setattr(routes, "READS", SlidingWindowLimit(120, timedelta(minutes=1)))
    monkeypatch.setattr(routes, "OBJECTIONS", SlidingWindowLimit(5, timedelta(hours=1)))


def grant(client, transfer_db, case_id, grant_date, amount_fen=150000, **case):
    slip = submit(client, case_id=case_id, **case)["slips"][0]
    with transfer_db.session() as s:
        s.add(
            Grant(
                slip_id=slip["id"],
                case_number=f"HD-2026-{case_id:05d}",
                item_code="temporary_assistance",
                applicant_id_number=APPLICANT_ID,
                amount_fen=amount_fen,
                grant_date=grant_date,
            )
        )
    return slip


def applicant(name, hukou="370211001", community=None):
    person = {"name": name, "id_number": APPLICANT_ID, "phone": "13912345678", "hukou_region": hukou}
    return {"applicant": person | ({"community": community} if community else {})}


class TestMaskName:
    @pytest.mark.parametrize(
        ("name", "masked"), [("张三丰", "张*丰"), ("王五", "王*"), ("欧阳小明", "欧**明"), ("李", "李")]
    )
    def test_chinese_style(self, name, masked):
        assert mask_name(name) == masked


class TestPublicList:
    def test_lists_item_street_month_amount_and_masked_name_only(self, client, transfer_db):
        grant(client, transfer_db, 1, date(2026, 11, 10), **applicant("张三丰", community="戚家社区"))
        answer = client.get("/v1/public/disclosures")
        assert answer.status_code == 200, answer.text
        (entry,) = answer.json()["entries"]
        assert entry == {
            "grant_id": entry["grant_id"],
            "item_code": "temporary_assistance",
            "item_name": "临时救助",
            "street": "370211001",
            "street_name": "黄岛街道",
            "community": "戚家社区",
            "month": "2026-11",
            "amount": "1500.00",
            "name": "张*丰",
        }

    def test_answer_carries_no_id_number_phone_or_full_name(self, client, transfer_db):
        grant(client, transfer_db, 1, date(2026, 11, 1), **applicant("张三丰"))
        grant(client, transfer_db, 2, date(2026, 10, 1), **applicant("王五"))
        text = client.get("/v1/public/disclosures").text
        assert not ID_NUMBER.search(text) and not PHONE.search(text)
        assert "张三丰" not in text and "王五" not in text and "王*" in text
        assert "HD-2026" not in text  # no case numbers either

    def test_only_the_configured_period(self, client, transfer_db):
        # default 3 months up to 2026-11-24: 2026-09-01 … today
        grant(client, transfer_db, 1, date(2026, 9, 1))
        grant(client, transfer_db, 2, date(2026, 8, 31))
        body = client.get("/v1/public/disclosures").json()
        assert (body["period_from"], body["period_to"], body["total"]) == ("2026-09-01", "2026-11-24", 1)
        assert [e["month"] for e in body["entries"]] == ["2026-09"]

    def test_street_is_the_households_and_filters(self, client, transfer_db):
        grant(client, transfer_db, 1, date(2026, 11, 1), **applicant("张三丰", hukou="370211002"))
        grant(client, transfer_db, 2, date(2026, 11, 2))
        xa = client.get("/v1/public/disclosures", params={"street": "370211002"}).json()
        assert [e["street_name"] for e in xa["entries"]] == ["辛安街道"]
        bad = client.get("/v1/public/disclosures", params={"street": "37021"})
        assert bad.status_code == 422 and bad.json()["field"] == "street"

    def test_community_filters_and_is_empty_when_not_registered(self, client, transfer_db):
        # seed 004: the village/community 便民服务站 posts its own list
        grant(client, transfer_db, 1, date(2026, 11, 1), **applicant("张三丰", community="戚家社区"))
        grant(client, transfer_db, 2, date(2026, 11, 2), **applicant("李四"))
        body = client.get("/v1/public/disclosures").json()
        assert [e["community"] for e in body["entries"]] == [None, "戚家社区"]
        own = client.get("/v1/public/disclosures", params={"community": "戚家社区"}).json()
        assert [e["name"] for e in own["entries"]] == ["张*丰"] and own["total"] == 1

    def test_rate_limited_per_address(self, client, monkeypatch):
        monkeypatch.setattr(routes, "READS", SlidingWindowLimit(2, timedelta(minutes=1)))
        assert [client.get("/v1/public/disclosures").status_code for _ in range(3)] == [200, 200, 429]


class TestObjections:
    def test_lodged_online_and_answered_by_the_streets_staff(self, client, transfer_db):
        slip = grant(client, transfer_db, 1, date(2026, 11, 10))
        entry = client.get("/v1/public/disclosures").json()["entries"][0]
        body = {
            "grant_id": entry["grant_id"],
            "content": "该户有营业车辆，不符合条件",
            "contact": "13912345678",
        }
        receipt = client.post("/v1/public/disclosures/objections", json=body)
        assert receipt.status_code == 201, receipt.text
        number = receipt.json()["number"]
        assert slip and [
            o["number"] for o in client.get("/v1/disclosures/objections", headers=HD_STAFF).json()
        ] == [number]
        assert client.get("/v1/disclosures/objections", headers=XA_STAFF).json() == []
        url = f"/v1/disclosures/objections/{number}/reply"
        assert client.post(url, json={"reply": "经核实车辆已转让"}, headers=XA_STAFF).status_code == 404
        answered = client.post(url, json={"reply": "经核实车辆已转让"}, headers=HD_STAFF).json()
        assert (answered["reply"], answered["replied_by"]) == ("经核实车辆已转让", "civil_hd")
        assert (
            client.get("/v1/disclosures/objections", params={"open_only": True}, headers=HD_STAFF).json()
            == []
        )

    def test_answer_is_public_once_given_with_personal_data_masked(self, client, transfer_db, clock):
        grant(client, transfer_db, 1, date(2026, 11, 10), **applicant("张三丰", community="戚家社区"))
        grant(client, transfer_db, 2, date(2026, 11, 11), **applicant("李小龙"))
        entry = next(
            e for e in client.get("/v1/public/disclosures").json()["entries"] if e["name"] == "张*丰"
        )
        body = {
            "grant_id": entry["grant_id"],
            "content": "张三丰与李小龙是亲戚，身份证370211198506120114，电话13912345678，邮箱zsf@example.com",
            "contact": "13912345678",
        }
        number = client.post("/v1/public/disclosures/objections", json=body).json()["number"]
        assert client.get("/v1/public/disclosures").json()["answers"] == []  # not before it is answered
        reply = "经核实，张三丰家庭无车辆，座机053286981234已回访，维持公示"
        url = f"/v1/disclosures/objections/{number}/reply"
        assert client.post(url, json={"reply": reply}, headers=HD_STAFF).status_code == 200
        answer = client.get("/v1/public/disclosures")
        (public,) = answer.json()["answers"]
        assert public["number"] == number and public["community"] == "戚家社区"
        assert public["received_date"] == public["replied_date"] == "2026-11-24"
        assert public["content"].startswith("张*丰与李*龙是亲戚，身份证370211********0114，电话139****5678")
        assert "***@example.com" in public["content"]
        assert (
            "维持公示" in public["reply"] and "张*丰" in public["reply"] and "053*******34" in public["reply"]
        )
        text = answer.text
        assert not ID_NUMBER.search(text) and not PHONE.search(text)
        assert "张三丰" not in text and "李小龙" not in text and "zsf@" not in text
        # another street's list does not carry it
        assert client.get("/v1/public/disclosures", params={"street": "370211002"}).json()["answers"] == []

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"content": "没有指明条目或街道的异议", "contact": "13912345678"}, "street"),
            ({"grant_id": 999, "content": "不存在的条目异议", "contact": "13912345678"}, "grant_id"),
            ({"street": "370211001", "content": "短", "contact": "13912345678"}, "content"),
            ({"street": "370211001", "content": "没有联系方式的异议"}, "contact"),
        ],
    )
    def test_bad_objection_names_the_field(self, client, body, field):
        answer = client.post("/v1/public/disclosures/objections", json=body)
        assert 400 <= answer.status_code < 500 and answer.json()["field"] == field
        assert client.get("/v1/disclosures/objections", headers=auth("admin", "370211")).json() == []

    def test_objections_are_rate_limited(self, client):
        body = {"street": "370211001", "content": "该户情况与公示不符", "contact": "13912345678"}
        codes = [client.post("/v1/public/disclosures/objections", json=body).status_code for _ in range(6)]
        assert codes == [201] * 5 + [429]

    def test_staff_list_needs_a_login(self, client):
        assert client.get("/v1/disclosures/objections").status_code == 401

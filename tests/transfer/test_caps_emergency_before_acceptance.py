"""先行救助 before acceptance (急难型, seed 000/003): aid first on a registered case, the procedure afterwards."""

from datetime import date

from sqlmodel import select

from services.transfer.slips.models import EmergencyAid, TransferCase
from tests.conftest import auth
from tests.transfer.conftest import APPLICANT_ID, SPOUSE_ID, case_payload, event, submit

SERVICE = auth("service", "")
WINDOW = auth("window_staff", "370211001", name="王晓燕")
AID = {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金及棉被两床", "amount": "2000.00"}


def early(client, case_id=1, aid=None, headers=SERVICE, **case):
    """What intake sends when the window records aid on a registered (not yet accepted) case."""
    payload = case_payload(case_id)
    registered = {k: payload[k] for k in ("case_number", "window_region", "window_level", "first_responder")}
    registered |= {
        "applicant": payload["applicant"],
        "household_id_numbers": payload["household_id_numbers"],
        "difficulty": "家中失火，房屋烧毁",
        **case,
    }
    body = {"case": registered, "aid": aid or AID, "recorded_by": {"username": "window_hd", "name": "王晓燕"}}
    return client.post(f"/v1/cases/{case_id}/emergency-aid/before-acceptance", json=body, headers=headers)


def _decide(client, case_id, amount):
    slip = submit(client, case_id=case_id)["slips"][0]["id"]
    for body in (
        {"type": "acknowledged"},
        {"type": "opinion", "opinion": "同意"},
        {"type": "result", "outcome": "approved", "amount": amount, "reason": "审批同意"},
    ):
        assert event(client, slip, body).status_code == 200
    return slip


class TestAidFirst:
    def test_aid_on_a_registered_case_then_the_acceptance_fills_it_in(self, client, app, intake, transfer_db):
        answer = early(client)
        assert answer.status_code == 201, answer.text
        assert answer.json()["amount"] == "2000.00" and answer.json()["recorded_by"] == "王晓燕"
        caps = client.get("/v1/cases/1/caps", headers=WINDOW).json()
        assert caps["emergency_aid_this_year"] == "2000.00" and caps["this_case_counted"] is True
        # the paperwork (补齐手续) deadline runs from the aid: Tuesday 24 November + 10 working days
        board = client.get("/v1/supervision", headers=auth("supervisor", "370211")).json()
        outstanding = [(p["case_id"], p["paperwork_due_date"]) for p in board["paperwork_outstanding"]]
        assert outstanding == [(1, "2026-12-08")]
        app.state.deliverer.run_once()
        assert "emergency_aid_recorded" in intake.kinds()  # on the window's timeline, no slip yet

        # accepted two days later: the handoff fills the case in and issues the slips (the 急难型 procedure)
        accepted = submit(client, case_id=1, emergency=True, accepted_date="2026-11-26")
        assert len(accepted["slips"]) == 1
        with transfer_db.session() as s:
            case = s.get(TransferCase, 1)
            assert case.accepted_date == date(2026, 11, 26) and case.paperwork_due_date == date(2026, 12, 8)
            assert case.difficulty == "家中失火，生活困难"  # the accepted case's own text
        again = submit(client, case_id=1, emergency=True, accepted_date="2026-11-26")
        assert again == accepted  # the handoff replayed: no second slip
        slip = client.get(f"/v1/slips/{accepted['slips'][0]['id']}", headers=WINDOW).json()
        assert [a["amount"] for a in slip["emergency_aid"]] == ["2000.00"]

    def test_aid_and_the_later_grant_are_one_time_within_the_money(self, client):
        assert early(client).status_code == 201
        slip = submit(client, case_id=1, emergency=True)["slips"][0]["id"]
        for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意"}):
            assert event(client, slip, body).status_code == 200
        over = {"type": "result", "outcome": "approved", "amount": "28000.01", "reason": "同意"}
        refused = event(client, slip, over)
        assert refused.status_code == 409 and refused.json()["granted_amount_this_year"] == "2000.00"
        ok = {"type": "result", "outcome": "approved", "amount": "28000.00", "reason": "同意"}
        assert event(client, slip, ok).status_code == 200
        caps = client.get(f"/v1/slips/{slip}/caps", headers=WINDOW).json()
        assert caps["grants_this_year"] == 1 and caps["remaining_amount"] == "0.00"

    def test_a_second_aid_before_acceptance_adds_members_named_since(self, client, transfer_db):
        assert early(client, household_id_numbers=[APPLICANT_ID]).status_code == 201
        assert early(client, aid={**AID, "amount": "500.00"}).status_code == 201
        with transfer_db.session() as s:
            assert SPOUSE_ID in s.get(TransferCase, 1).household_id_numbers
            assert [a.amount_fen for a in s.exec(select(EmergencyAid)).all()] == [200000, 50000]


class TestCaps:
    def test_a_third_time_or_over_the_money_is_refused_and_nothing_is_kept(self, client, transfer_db):
        _decide(client, 2, "1000.00")
        _decide(client, 3, "1000.00")
        third = early(client, case_id=1, aid={**AID, "amount": "0"})  # even aid in kind is a third time
        assert third.status_code == 409 and "第3次" in third.json()["detail"]
        assert client.get("/v1/cases/1/caps", headers=WINDOW).status_code == 404  # no stub left behind
        with transfer_db.session() as s:
            assert s.exec(select(EmergencyAid)).all() == []

    def test_35000_yuan_is_refused(self, client):
        answer = early(client, aid={**AID, "amount": "35000.00"})
        assert answer.status_code == 409 and answer.json()["field"] == "amount"
        assert answer.json()["annual_cap"] == "30000.00"


class TestAccessAndInput:
    def test_only_intake_records_it_and_an_accepted_case_must_be_an_emergency(self, client):
        assert early(client, headers=WINDOW).status_code == 403  # the window goes through intake
        assert early(client, headers=auth("department_staff", "370211001")).status_code == 403
        submit(client, case_id=5)  # accepted, not marked emergency
        assert early(client, case_id=5).status_code == 409
        submit(client, case_id=6, emergency=True)
        assert early(client, case_id=6).status_code == 201  # already handed over: recorded on that case
        assert early(client, case_id=6, window_region="370211002").status_code == 409

    def test_bad_input_names_the_field(self, client):
        cases = [
            ({"aid": {**AID, "amount": 12.5}}, "aid.amount"),
            ({"aid": {**AID, "given_date": "0001-01-01"}}, "aid.given_date"),
            ({"household_id_numbers": ["370211198506121234"]}, "case.household_id_numbers"),
        ]
        for change, field in cases:
            aid = change.pop("aid", None)
            answer = early(client, aid=aid, **change)
            assert answer.status_code == 422, answer.text
            assert answer.json()["field"].startswith(field), answer.json()
        assert early(client, case_id=0).status_code == 422

"""临时救助 caps: at most 2 times and ¥30,000 a household a calendar year, emergency aid included (seed 000 §三)."""

import threading
from datetime import datetime

import pytest
from sqlmodel import select

from services.common.auth import Principal
from services.common.clock import SHANGHAI
from services.common.identity import compose_id_number
from services.transfer.app import create_app
from services.transfer.demo import load_demo
from services.transfer.grants.models import Grant
from services.transfer.settings import TransferSettings
from services.transfer.slips import issuing, transitions
from services.transfer.slips.models import EmergencyAid, Slip
from services.transfer.slips.schemas import Acknowledged, CaseSubmit, Opinion, Result
from tests.conftest import auth
from tests.transfer.conftest import (
    APPLICANT_ID,
    SPOUSE_ID,
    FakeEligibility,
    FakeIntake,
    case_payload,
    event,
    parameter,
    submit,
)

WINDOW = auth("window_staff", "370211001")
OTHER_ID = compose_id_number("370211", "19900101", 33)
CHILD_ID = compose_id_number("370211", "20150101", 44)


def _decide(client, case_id, amount, *, grant_date="2026-03-05", members=None, headers=None, item=None):
    """A case handed over, acknowledged, an opinion, then the result with an amount: the answer."""
    members = members or [APPLICANT_ID, SPOUSE_ID]
    extra = {"items": [item]} if item else {}
    applicant = {**case_payload()["applicant"], "id_number": members[0]}
    slip = submit(client, case_id=case_id, household_id_numbers=members, applicant=applicant, **extra)
    slip_id = slip["slips"][0]["id"]
    for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意"}):
        assert event(client, slip_id, body, headers=headers).status_code == 200
    body = {"type": "result", "outcome": "approved", "amount": amount, "reason": "审批同意"}
    if grant_date:
        body["grant_date"] = grant_date
    return slip_id, event(client, slip_id, body, headers=headers)


def _grants(db) -> list[Grant]:
    with db.session() as s:
        return list(s.exec(select(Grant)).all())


def _state(db, slip_id) -> str:
    with db.session() as s:
        return s.get(Slip, slip_id).state


class TestTimes:
    def test_a_third_grant_in_a_year_is_refused_and_nothing_is_written(self, client, transfer_db):
        assert _decide(client, 1, "1000.00")[1].status_code == 200
        assert _decide(client, 2, "1000.00", grant_date="2026-06-01")[1].status_code == 200
        slip_id, third = _decide(client, 3, "500.00", grant_date="2026-09-01")
        assert third.status_code == 409
        problem = third.json()
        assert third.headers["content-type"].startswith("application/problem+json")
        assert problem["field"] == "amount"
        assert "2026年本户已救助2次，合计¥2,000.00" in problem["detail"] and "第3次" in problem["detail"]
        assert problem["grants_this_year"] == 2 and problem["max_grants_per_year"] == 2
        assert len(_grants(transfer_db)) == 2 and _state(transfer_db, slip_id) == "opinion_given"

    def test_any_member_links_households(self, client):
        _decide(client, 1, "1000.00", members=[APPLICANT_ID, SPOUSE_ID])
        _decide(client, 2, "1000.00", members=[OTHER_ID, SPOUSE_ID])
        # the spouse now lives with a third applicant: still the same household's two times
        assert _decide(client, 3, "1000.00", members=[CHILD_ID, SPOUSE_ID])[1].status_code == 409
        assert _decide(client, 4, "1000.00", members=[CHILD_ID])[1].status_code == 200

    def test_other_items_neither_count_nor_are_capped(self, client):
        medical = {
            "item_code": "medical_assistance",
            "item_name": "医疗救助",
            "route": {
                "kind": "dispatch",
                "receiver_department_type": "civil_affairs",
                "receiver_region": "370211001",
                "reason": "街道可办理",
            },
        }
        assert _decide(client, 1, "35000.00", item=medical)[1].status_code == 200
        _decide(client, 2, "1000.00")
        assert _decide(client, 3, "1000.00")[1].status_code == 200

    def test_a_denial_is_never_capped(self, client):
        _decide(client, 1, "1000.00")
        _decide(client, 2, "1000.00")
        slip = submit(client, case_id=3)["slips"][0]["id"]
        for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "不符合"}):
            event(client, slip, body)
        denied = event(client, slip, {"type": "result", "outcome": "denied", "reason": "已达上限"})
        assert denied.status_code == 200


class TestMoney:
    def test_35000_in_one_grant_is_refused(self, client, transfer_db):
        slip_id, answer = _decide(client, 1, "35000.00")
        assert answer.status_code == 409
        detail = answer.json()["detail"]
        assert "本次¥35,000.00将超过每户每年¥30,000.00上限" in detail
        assert _grants(transfer_db) == [] and _state(transfer_db, slip_id) == "opinion_given"

    def test_the_figures_of_the_refusal(self, client):
        _decide(client, 1, "28000.00")
        answer = _decide(client, 2, "3000.00")[1]
        assert answer.status_code == 409
        problem = answer.json()
        assert (
            "2026年本户已救助1次，合计¥28,000.00；本次¥3,000.00将超过每户每年¥30,000.00上限"
            in problem["detail"]
        )
        assert "剩余额度¥2,000.00" in problem["detail"]
        assert problem["granted_amount_this_year"] == "28000.00" and problem["requested_amount"] == "3000.00"
        assert problem["annual_cap"] == "30000.00" and problem["rule"] == "temporary_assistance_annual_caps"

    def test_exactly_30000_is_allowed_one_fen_more_is_not(self, client):
        _decide(client, 1, "28000.00")
        assert _decide(client, 2, "2000.01")[1].status_code == 409
        assert _decide(client, 3, "2000.00")[1].status_code == 200


class TestEmergencyAid:
    def test_aid_counts_toward_the_money(self, client):
        submit(client, case_id=1, emergency=True)
        aid = {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金", "amount": "29000.00"}
        assert client.post("/v1/cases/1/emergency-aid", json=aid, headers=WINDOW).status_code == 201
        answer = _decide(client, 2, "1500.00", grant_date=None)[1]
        assert answer.status_code == 409 and "合计¥29,000.00" in answer.json()["detail"]

    def test_aid_and_grant_on_one_case_are_one_time(self, client):
        slip_id = submit(client, case_id=1, emergency=True)["slips"][0]["id"]
        aid = {"given_by": "街道", "what": "救助金", "amount": "1000.00"}
        assert client.post("/v1/cases/1/emergency-aid", json=aid, headers=WINDOW).status_code == 201
        for body in ({"type": "acknowledged"}, {"type": "opinion", "opinion": "同意"}):
            event(client, slip_id, body)
        done = event(
            client, slip_id, {"type": "result", "outcome": "approved", "amount": "2000.00", "reason": "同意"}
        )
        assert done.status_code == 200
        caps = client.get(f"/v1/slips/{slip_id}/caps", headers=WINDOW).json()
        assert caps["grants_this_year"] == 1 and caps["granted_amount_this_year"] == "3000.00"
        assert caps["emergency_aid_this_year"] == "1000.00" and caps["this_case_counted"] is True
        assert _decide(client, 2, "1000.00", grant_date=None)[1].status_code == 200  # the second time

    def test_aid_on_a_third_case_is_refused_even_in_kind(self, client, transfer_db):
        _decide(client, 1, "1000.00", grant_date=None)
        _decide(client, 2, "1000.00", grant_date=None)
        submit(client, case_id=3, emergency=True)
        aid = {"given_by": "街道", "what": "棉被两床", "amount": "0"}
        answer = client.post("/v1/cases/3/emergency-aid", json=aid, headers=WINDOW)
        assert answer.status_code == 409 and answer.json()["field"] == "amount"
        with transfer_db.session() as s:
            assert s.exec(select(EmergencyAid)).all() == []

    def test_aid_submitted_with_the_case_is_checked(self, client):
        _decide(client, 1, "29500.00", grant_date=None)
        aid = {"given_by": "街道", "what": "救助金", "amount": "800.00"}
        answer = client.post(
            "/v1/cases",
            json=case_payload(2, emergency=True, emergency_aid=aid),
            headers={**auth("service", ""), "Idempotency-Key": "case-2"},
        )
        assert answer.status_code == 409
        assert client.get("/v1/cases/2/caps", headers=WINDOW).status_code == 404  # nothing written


class TestYearBoundary:
    def test_beijing_new_year_starts_a_new_count(self, client, clock):
        clock.set(datetime(2026, 12, 31, 10, 0, tzinfo=SHANGHAI))
        _decide(client, 1, "15000.00", grant_date=None)
        _decide(client, 2, "15000.00", grant_date=None)
        late = _decide(client, 3, "100.00", grant_date=None)[1]
        assert late.status_code == 409  # Dec 31: the year is full
        # 00:30 on Jan 1 in Beijing is still Dec 31 in UTC: Beijing's date decides
        clock.set(datetime(2027, 1, 1, 0, 30, tzinfo=SHANGHAI))
        assert _decide(client, 4, "100.00", grant_date=None)[1].status_code == 200
        dated_back = _decide(client, 5, "100.00", grant_date="2026-12-31")[1]
        assert dated_back.status_code == 409 and "2026年" in dated_back.json()["detail"]


class TestParameters:
    def test_a_new_cap_applies_from_its_effective_date(self, client, eligibility):
        eligibility.parameters.append(parameter("max_grants_per_year", 1, "2026-07-01"))
        assert _decide(client, 1, "1000.00", grant_date="2026-03-01")[1].status_code == 200
        assert _decide(client, 2, "1000.00", grant_date="2026-03-02")[1].status_code == 200  # 2 before July
        eligibility.parameters.append(parameter("annual_cap", "1000.00", "2026-07-01"))
        _, answer = _decide(client, 3, "1000.00", members=[OTHER_ID], grant_date="2026-08-01")
        assert answer.status_code == 200
        answer = _decide(client, 4, "1.00", members=[OTHER_ID, CHILD_ID], grant_date="2026-08-02")[1]
        assert answer.status_code == 409 and answer.json()["max_grants_per_year"] == 1

    def test_eligibility_down_is_503_and_nothing_paid(self, client, eligibility, transfer_db, app):
        eligibility.down = True
        slip_id, answer = _decide(client, 1, "1000.00")
        assert answer.status_code == 503 and answer.json()["field"] == "parameters"
        assert _grants(transfer_db) == [] and _state(transfer_db, slip_id) == "opinion_given"
        submit(client, case_id=2, emergency=True)
        aid = {"given_by": "街道", "what": "救助金", "amount": "100.00"}
        assert client.post("/v1/cases/2/emergency-aid", json=aid, headers=WINDOW).status_code == 503
        assert client.get(f"/v1/slips/{slip_id}/caps", headers=WINDOW).status_code == 503

    def test_parameters_are_cached_briefly(self, client, eligibility, clock):
        from datetime import timedelta

        _decide(client, 1, "1000.00")
        _decide(client, 2, "1000.00", members=[OTHER_ID])
        assert eligibility.parameter_calls == 1
        eligibility.down = True
        clock.advance(timedelta(seconds=61))
        assert _decide(client, 3, "1000.00", members=[CHILD_ID])[1].status_code == 503


class TestCapFigures:
    def test_the_receiver_sees_what_is_left_before_deciding(self, client):
        _decide(client, 1, "28000.00")
        slip = submit(client, case_id=2)["slips"][0]["id"]
        headers = auth("department_staff", "370211001", department_id="370211001-civil")
        caps = client.get(f"/v1/slips/{slip}/caps", headers=headers, params={"on": "2026-05-01"}).json()
        assert caps["grants_this_year"] == 1 and caps["remaining_grants"] == 1
        assert caps["remaining_amount"] == "2000.00" and caps["may_grant"] is True
        assert caps["this_case_counted"] is False and caps["annual_cap_from"] == "2019-01-01"
        assert (
            client.get(f"/v1/slips/{slip}/caps", params={"on": "2025-05-01"}, headers=headers).json()[
                "grants_this_year"
            ]
            == 0
        )

    def test_others_do_not_see_a_households_figures(self, client):
        slip = submit(client, case_id=1)["slips"][0]["id"]
        stranger = auth("department_staff", "370211002", department_id="370211002-civil")
        assert client.get(f"/v1/slips/{slip}/caps", headers=stranger).status_code == 404
        assert client.get("/v1/cases/1/caps", headers=auth("window_staff", "370211002")).status_code == 404
        assert client.get("/v1/cases/1/caps", headers=stranger).status_code == 404
        assert client.get("/v1/cases/1/caps", headers=WINDOW).status_code == 200
        assert (
            client.get(f"/v1/slips/{slip}/caps", params={"on": "1999-01-01"}, headers=WINDOW).status_code
            == 422
        )


class TestPartnerCallback:
    def test_a_partner_system_is_refused_the_same_way(self, client):
        admin = auth("admin", "370211")
        token = client.post("/v1/departments/370211001-civil/client-token", headers=admin).json()[
            "client_token"
        ]
        headers = {"Authorization": f"Bearer {token}"}
        _decide(client, 1, "20000.00", headers=headers)
        answer = _decide(client, 2, "15000.00", headers=headers)[1]
        assert answer.status_code == 409 and answer.json()["field"] == "amount"
        assert "合计¥20,000.00" in answer.json()["detail"]


@pytest.fixture
def live(committed_databases):
    db = committed_databases["transfer"]
    load_demo(db)
    app = create_app(
        settings=TransferSettings(run_workers=False),
        db=db,
        intake=FakeIntake(),
        eligibility=FakeEligibility(),
    )
    return app, db


class TestConcurrentGrants:
    def test_two_grants_at_once_for_one_household_never_both_pass(self, live):
        app, db = live
        service = Principal(subject="service:intake", role="service", name="intake")
        partner = Principal(
            subject="partner:370211001-civil",
            role="partner",
            region="370211001",
            department_id="370211001-civil",
        )
        slips = []
        for case_id in (1, 2):
            with db.session() as s:
                _, answer = issuing.submit_case(
                    session=s,
                    ctx=app.state.ctx,
                    body=CaseSubmit(**case_payload(case_id)),
                    idempotency_key=f"case-{case_id}",
                    principal=service,
                )
            slips.append(answer.slips[0].id)
            for ev in (Acknowledged(type="acknowledged"), Opinion(type="opinion", opinion="同意")):
                with db.session() as s:
                    transitions.apply_event(
                        session=s,
                        ctx=app.state.ctx,
                        slip_id=slips[-1],
                        event=ev,
                        principal=partner,
                        idempotency_key=None,
                        cap_limits=app.state.cap_limits,
                    )
        errors: list[Exception] = []
        barrier = threading.Barrier(2)

        def grant(slip_id):
            barrier.wait()
            try:
                with db.session() as s:
                    transitions.apply_event(
                        session=s,
                        ctx=app.state.ctx,
                        slip_id=slip_id,
                        event=Result(type="result", outcome="approved", amount="20000.00", reason="同意"),
                        principal=partner,
                        idempotency_key=None,
                        cap_limits=app.state.cap_limits,
                    )
            except Exception as exc:  # asserted below
                errors.append(exc)

        threads = [threading.Thread(target=grant, args=(slip_id,)) for slip_id in slips]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert [type(e).__name__ for e in errors] == ["Conflict"]
        with db.session() as s:
            assert [g.amount_fen for g in s.exec(select(Grant)).all()] == [2_000_000]


class TestSummaryForEligibility:
    def test_the_summary_of_temporary_assistance_counts_like_the_caps(self, client):
        submit(client, case_id=1, emergency=True)
        aid = {"given_by": "街道", "what": "救助金", "amount": "700.00"}
        client.post("/v1/cases/1/emergency-aid", json=aid, headers=WINDOW)
        _decide(client, 2, "1000.00", grant_date=None)
        body = {"id_numbers": [SPOUSE_ID], "year": 2026, "item_code": "temporary_assistance"}
        answer = client.post("/v1/grants/summary", json=body, headers=auth("service", "")).json()
        assert answer["grants_this_year"] == 2 and answer["granted_amount_this_year"] == "1700.00"

"""The item procedure through the API: the full path, the street that keeps `result`, order and permissions."""

from datetime import timedelta

from sqlmodel import select

from services.transfer.grants.models import Grant, GrantMember
from tests.conftest import auth
from tests.transfer import procedure_support
from tests.transfer.conftest import APPLICANT_ID
from tests.transfer.procedure_support import (
    CHECKER,
    DISTRICT,
    FANG,
    HD_OFFICE,
    QIAN,
    TIAN,
    ZHAO,
    assign,
    authorise,
    investigated,
    ok,
    reviewed,
    slip_event,
    started,
    to_approval,
    verified,
    visit,
    xa_case,
)

app, eligibility = procedure_support.app, procedure_support.eligibility  # the fixtures of these tests


def procedure(client, slip, who=TIAN) -> dict:
    return ok(client.get(f"/v1/slips/{slip}/procedure", headers=who))["procedure"]


def vote(client, slip, who, choice="approve"):
    return client.post(
        f"/v1/slips/{slip}/procedure/votes", json={"vote": choice, "opinion": "同意审核意见"}, headers=who
    )


def decide(client, slip, who=ZHAO, **body):
    return client.post(
        f"/v1/slips/{slip}/procedure/decision", json={"reason": "符合支出型临时救助条件"} | body, headers=who
    )


class TestFullPath:
    def test_a_finding_changes_the_stored_evaluation_and_the_group_records_the_grant(
        self, app, client, intake, eligibility, clock, transfer_db
    ):
        slip = started(client)
        proc = ok(authorise(client, slip))
        # declared: 30,000 yuan over 6 months for 3 people is 1,666 a month: above the fake standard
        assert proc["evaluation"]["outcome"] == "ineligible" and proc["current_step"] == "investigation"
        assert [s["status"] for s in proc["steps"]][:2] == ["done", "active"]
        proc = investigated(client, slip)
        # the visit found 24,000 yuan of self-paid medical cost: (30,000 − 24,000) / 6 / 3 = 333 a month
        assert proc["evaluation"]["outcome"] == "eligible"
        assert proc["investigated_facts"] == {"medical_expense_6m": "24000.00"}
        step = next(s for s in proc["steps"] if s["step"] == "investigation")
        assert step["done_by_name"] == "田野、方圆" and len(step["evidence"]["visit"]["signatures"]) == 2
        proc = verified(client, slip)
        assert proc["verified_facts"] == {"assets_excluding_home": "48000.00"}
        assert proc["facts"]["assets_excluding_home"] == "48000.00" and proc["current_step"] == "review"
        assert proc["evaluation"]["rule_version"] == "temporary_assistance@test"
        proc = reviewed(client, slip)
        assert proc["current_step"] == "disclosure"
        assert proc["disclosure_end_date"] == "2026-11-30"  # 7 calendar days from 24 November
        clock.advance(timedelta(days=7))  # 1 December: the 公示 period is over
        ok(client.post(f"/v1/slips/{slip}/procedure/disclosure/close", headers=TIAN))
        ok(vote(client, slip, ZHAO))
        ok(vote(client, slip, QIAN))
        proc = ok(decide(client, slip))
        assert proc["decision"] == "approved" and proc["decision_amount"] == "3000.00"
        assert proc["current_step"] == "done" and len(proc["meeting_members"]) == 2
        detail = ok(client.get(f"/v1/slips/{slip}", headers=TIAN))
        assert (
            detail["state"] == "handled" and detail["result"] == "approved" and detail["amount"] == "3000.00"
        )
        with transfer_db.session() as session:  # the grant is on our own records, under every member
            grant = session.exec(select(Grant).where(Grant.slip_id == slip)).one()
            members = session.exec(
                select(GrantMember.id_number).where(GrantMember.grant_id == grant.id)
            ).all()
        assert grant.amount_fen == 300000 and APPLICANT_ID in members
        while app.state.deliverer.run_once()["intake_events"]:
            pass
        kinds = intake.kinds()
        for kind in (
            "procedure_started",
            "authorisation_recorded",
            "investigators_assigned",
            "investigation_recorded",
            "verification_requested",
            "verification_answered",
            "evaluation_stored",
            "review_recorded",
            "disclosure_started",
            "disclosure_closed",
            "approval_voted",
            "approval_decided",
            "result_given",
            "grant_recorded",
        ):
            assert kind in kinds, kind

    def test_the_check_is_a_slip_of_its_own_to_the_checking_body(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/verification", json={}, headers=TIAN))
        check = ok(client.get(f"/v1/slips/{proc['check_slip_id']}", headers=CHECKER))
        assert check["receiver_id"] == "370211-verification" and check["kind"] == "assign"
        assert check["parent_slip_id"] == slip and check["state"] == "delivered"
        seen = ok(client.get(f"/v1/slips/{check['id']}/procedure", headers=CHECKER))
        assert seen["can_answer"] and seen["check_for"]["slip_id"] == slip
        pledge = seen["check_for"]["files"][0]["id"]  # the signed authorisation is what allows the check
        assert client.get(f"/v1/slips/{slip}/procedure/files/{pledge}", headers=CHECKER).status_code == 200
        listed = ok(client.get("/v1/slips", params={"receiver": "370211-verification"}, headers=CHECKER))
        assert [s["id"] for s in listed] == [check["id"]]

    def test_the_district_reads_every_step_but_acts_on_none(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        seen = procedure(client, slip, DISTRICT)
        assert seen["steps"][0]["status"] == "done" and seen["allowed"] == []
        log = ok(client.get(f"/v1/slips/{slip}/access-log", headers=DISTRICT))
        assert "supervisor" in {entry["subject"] for entry in log}  # the read of household data is logged
        refused = client.post(
            f"/v1/slips/{slip}/procedure/review", json={"proposal": "denied", "reason": "x"}, headers=DISTRICT
        )
        assert refused.status_code == 403


class TestStreetsNotOnTheProcedure:
    def test_huangdao_keeps_recording_its_result_and_the_grant(self, client):
        slip = xa_case(client, 7, street="370211001")["id"]
        status = ok(client.get(f"/v1/slips/{slip}/procedure", headers=HD_OFFICE))
        assert status == {**status, "applies": False, "can_start": False, "procedure": None}
        ok(slip_event(client, slip, {"type": "acknowledged"}, HD_OFFICE))
        assert client.post(f"/v1/slips/{slip}/procedure", headers=HD_OFFICE).status_code == 409
        ok(slip_event(client, slip, {"type": "opinion", "opinion": "同意"}, HD_OFFICE))
        body = {"type": "result", "outcome": "approved", "amount": "1500.00", "reason": "经街道审批"}
        assert ok(slip_event(client, slip, body, HD_OFFICE))["state"] == "handled"

    def test_xinan_cannot_type_a_result_past_its_approval_group(self, client):
        slip = started(client)
        body = {"type": "result", "outcome": "approved", "amount": "1500.00", "reason": "直接登记"}
        refused = slip_event(client, slip, body)
        assert refused.status_code == 409 and refused.json()["field"] == "type"
        assert ok(client.get(f"/v1/slips/{slip}", headers=TIAN))["state"] == "opinion_given"


class TestOrder:
    def test_the_procedure_starts_only_after_receipt_and_once(self, client):
        slip = xa_case(client)["id"]
        assert client.post(f"/v1/slips/{slip}/procedure", headers=TIAN).status_code == 409
        ok(slip_event(client, slip, {"type": "acknowledged"}))
        ok(client.post(f"/v1/slips/{slip}/procedure", headers=TIAN), 201)
        again = client.post(f"/v1/slips/{slip}/procedure", headers=TIAN)
        assert again.status_code == 409

    def test_no_visit_before_the_pledge(self, client):
        slip = started(client)
        refused = assign(client, slip)
        assert refused.status_code == 409 and refused.json()["field"] == "step"
        assert refused.json()["current_step"] == "authorisation"

    def test_no_review_before_the_check(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        refused = client.post(
            f"/v1/slips/{slip}/procedure/review", json={"proposal": "denied", "reason": "x"}, headers=TIAN
        )
        assert refused.status_code == 409 and "家庭经济状况核对" in refused.json()["detail"]

    def test_the_disclosure_closes_only_after_its_period_and_its_objections(self, client, clock):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        verified(client, slip)
        reviewed(client, slip)
        early = client.post(f"/v1/slips/{slip}/procedure/disclosure/close", headers=TIAN)
        assert early.status_code == 409 and "2026-11-30" in early.json()["detail"]
        objection = {"received_date": "2026-11-24", "content": "邻居反映其有经营收入"}
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/objections", json=objection, headers=TIAN))
        clock.advance(timedelta(days=7))
        open_one = client.post(f"/v1/slips/{slip}/procedure/disclosure/close", headers=TIAN)
        assert open_one.status_code == 409 and open_one.json()["field"] == "objection_id"
        oid = proc["objections"][0]["id"]
        ok(
            client.post(
                f"/v1/slips/{slip}/procedure/objections/{oid}/resolution",
                json={"resolution": "经核实为亲属代售农产品，非经营收入"},
                headers=TIAN,
            )
        )
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/disclosure/close", headers=TIAN))
        assert proc["current_step"] == "approval"

    def test_a_decision_needs_more_than_half_the_group_and_a_majority(self, client, clock):
        slip = started(client)
        to_approval(client, slip, clock)
        ok(vote(client, slip, ZHAO))
        few = decide(client, slip)
        assert few.status_code == 409 and "1/3" in few.json()["detail"]
        assert vote(client, slip, ZHAO).status_code == 409  # one vote each
        ok(vote(client, slip, QIAN, "deny"))
        tie = decide(client, slip)
        assert tie.status_code == 409 and "1:1" in tie.json()["detail"]
        ok(vote(client, slip, TIAN))
        assert ok(decide(client, slip))["decision"] == "approved"


class TestPermissions:
    def test_only_the_assigned_investigators_record_and_sign_the_visit(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        ok(assign(client, slip))
        assert visit(client, slip, who=ZHAO).status_code == 403
        ok(visit(client, slip, who=FANG))
        assert client.post(f"/v1/slips/{slip}/procedure/visit/signatures", headers=FANG).status_code == 409
        assert client.post(f"/v1/slips/{slip}/procedure/visit/signatures", headers=ZHAO).status_code == 403
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/visit/signatures", headers=TIAN))
        assert proc["current_step"] == "verification"

    def test_a_third_party_organisation_signs_the_visit_with_its_own_account(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        body = {"third_party_id": "370211-charity"}
        ok(client.post(f"/v1/slips/{slip}/procedure/investigators", json=body, headers=TIAN))
        assert visit(client, slip, who=FANG).status_code == 403
        charity = auth(
            "department_staff", "370211", subject="charity", name="施静", department_id="370211-charity"
        )
        proc = ok(visit(client, slip, who=charity))
        assert proc["current_step"] == "verification"
        assert procedure(client, slip, charity)["investigators"] == []

    def test_only_members_of_the_owning_streets_group_vote(self, client, clock):
        slip = started(client)
        to_approval(client, slip, clock)
        assert vote(client, slip, FANG).status_code == 403  # staff of the office, not in the group
        elsewhere = auth(
            "department_staff", "370211001", subject="leader_xa", name="赵主任", department_id=OFFICE_HD
        )
        assert (
            vote(client, slip, elsewhere).status_code == 404
        )  # another street's account does not even see it

    def test_another_streets_office_neither_sees_nor_acts(self, client):
        slip = started(client)
        assert client.get(f"/v1/slips/{slip}/procedure", headers=HD_OFFICE).status_code == 404
        assert authorise_as(client, slip, HD_OFFICE).status_code == 404

    def test_only_the_checking_body_answers_the_check(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        check = ok(client.post(f"/v1/slips/{slip}/procedure/verification", json={}, headers=TIAN))[
            "check_slip_id"
        ]
        answer = {"facts": {"income_6m": "1.00"}, "note": "自己核对"}
        assert (
            client.post(f"/v1/slips/{check}/verification-answer", json=answer, headers=TIAN).status_code
            == 404
        )
        ok(client.post(f"/v1/slips/{check}/verification-answer", json=answer, headers=CHECKER))
        again = client.post(f"/v1/slips/{check}/verification-answer", json=answer, headers=CHECKER)
        assert again.status_code == 409


OFFICE_HD = "370211001-civil"


def authorise_as(client, slip, who):
    body = {"signatories": [], "signed_date": "2026-11-24", "declared_facts": {}}
    return client.post(
        f"/v1/slips/{slip}/procedure/authorisation",
        json=body
        | {"signatories": [{"name": "张三丰", "id_number": APPLICANT_ID, "relation": "本人", "file_id": 1}]},
        headers=who,
    )


class TestDecisions:
    def test_a_denial_is_a_notice_with_its_delivery_recorded(self, app, client, clock, intake):
        slip = started(client)
        to_approval(client, slip, clock)
        ok(vote(client, slip, ZHAO, "deny"))
        ok(vote(client, slip, QIAN, "deny"))
        proc = ok(decide(client, slip, reason="家庭财产超过规定"))
        assert proc["decision"] == "denied" and proc["denial_number"].startswith("BY-")
        assert ok(client.get(f"/v1/slips/{slip}", headers=TIAN))["result"] == "denied"
        too_early = {"delivered_date": "2026-11-20", "method": "直接送达"}
        refused = client.post(f"/v1/slips/{slip}/procedure/denial-delivery", json=too_early, headers=TIAN)
        assert refused.status_code == 422 and refused.json()["field"] == "delivered_date"
        body = {"delivered_date": "2026-12-02", "method": "直接送达，申请人签收"}
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/denial-delivery", json=body, headers=TIAN))
        while app.state.deliverer.run_once()["intake_events"]:
            pass
        assert proc["denial_delivered_at"] and "denial_delivered" in intake.kinds()

    def test_a_decision_over_the_cap_is_refused_whole(self, client, clock):
        slip = started(client)
        to_approval(client, slip, clock)
        ok(vote(client, slip, ZHAO))
        ok(vote(client, slip, QIAN))
        refused = decide(client, slip, amount="35000.00")
        assert refused.status_code == 409, refused.text
        proc = procedure(client, slip)
        assert proc["decision"] is None and proc["current_step"] == "approval"
        assert ok(client.get(f"/v1/slips/{slip}", headers=TIAN))["state"] == "opinion_given"

"""Bad input to the item procedure: a 4xx naming the field, and nothing half-written."""

import hashlib

import pytest

from services.common.identity import mask_id_number
from tests.conftest import auth
from tests.transfer import procedure_support
from tests.transfer.conftest import APPLICANT_ID, SPOUSE_ID
from tests.transfer.procedure_support import (
    CHILD_ID,
    DECLARED,
    PNG,
    TIAN,
    XA,
    assign,
    authorise,
    investigated,
    ok,
    started,
    upload,
    verified,
    visit,
)

app, eligibility = procedure_support.app, procedure_support.eligibility  # the fixtures of these tests
ADMIN = auth("admin", "370211")


def refused(response, status: int, field: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["field"] == field, body
    return body


def procedure(client, slip) -> dict:
    return ok(client.get(f"/v1/slips/{slip}/procedure", headers=TIAN))["procedure"]


class TestFiles:
    def test_the_type_is_read_from_the_bytes_and_the_hash_kept(self, app, client):
        slip = started(client)
        stored = ok(upload(client, slip, "visit", PNG, name="photo.pdf"), 201)
        assert stored["content_type"] == "image/png" and stored["sha256"] == hashlib.sha256(PNG).hexdigest()
        back = client.get(f"/v1/slips/{slip}/procedure/files/{stored['id']}", headers=TIAN)
        assert back.status_code == 200 and back.content == PNG and back.headers["content-type"] == "image/png"

    def test_text_posing_as_a_scan_is_refused(self, client):
        slip = started(client)
        refused(upload(client, slip, data=b"not a scan", name="scan.pdf"), 422, "file")
        assert procedure(client, slip)["files"] == []

    def test_an_oversized_scan_is_refused(self, client):
        slip = started(client)
        huge = b"%PDF-" + b"0" * (5 * 1024 * 1024)
        refused(upload(client, slip, data=huge), 422, "file")

    def test_an_unknown_purpose_is_refused(self, client):
        slip = started(client)
        assert upload(client, slip, "selfie").status_code == 422


class TestAuthorisation:
    def _body(self, client, slip, **overrides) -> dict:
        file_id = ok(upload(client, slip), 201)["id"]
        body = {
            "signatories": [
                {"name": "张三丰", "id_number": APPLICANT_ID, "relation": "本人", "file_id": file_id},
                {"name": "李秀梅", "id_number": SPOUSE_ID, "relation": "配偶", "file_id": file_id},
            ],
            "signed_date": "2026-11-24",
            "declared_facts": DECLARED,
        }
        return body | overrides

    def post(self, client, slip, body):
        return client.post(f"/v1/slips/{slip}/procedure/authorisation", json=body, headers=TIAN)

    def test_every_adult_member_signs_but_not_the_child(self, client):
        slip = started(client)
        body = self._body(client, slip)
        only_one = body | {"signatories": body["signatories"][:1]}
        detail = refused(self.post(client, slip, only_one), 422, "signatories")["detail"]
        assert mask_id_number(SPOUSE_ID) in detail and mask_id_number(CHILD_ID) not in detail
        assert procedure(client, slip)["current_step"] == "authorisation"
        assert ok(self.post(client, slip, body))["current_step"] == "investigation"

    def test_a_supporter_living_apart_is_marked_and_not_a_member(self, client):
        slip = started(client)
        body = self._body(client, slip)
        member_as_supporter = [body["signatories"][0] | {"supporter": True}, body["signatories"][1]]
        refused(
            self.post(client, slip, body | {"signatories": member_as_supporter}),
            422,
            "signatories[0].supporter",
        )
        stranger = body["signatories"] + [
            {"name": "张大山", "id_number": "370211196001010017", "relation": "赡养人", "file_id": 1}
        ]
        assert self.post(client, slip, body | {"signatories": stranger}).status_code == 422

    @pytest.mark.parametrize(
        ("overrides", "field"),
        [
            ({"signed_date": "2026-11-25"}, "signed_date"),  # tomorrow
            ({"signed_date": "2024-01-01"}, "signed_date"),  # long before acceptance
            ({"declared_facts": {"income_6m": 1200.5}}, "declared_facts"),  # money as a float
            ({"declared_facts": {"Income": "1"}}, "declared_facts.Income"),
        ],
    )
    def test_impossible_dates_and_bad_facts(self, client, overrides, field):
        slip = started(client)
        response = self.post(client, slip, self._body(client, slip, **overrides))
        assert response.status_code == 422 and response.json()["field"].startswith(field), response.text

    def test_a_scan_of_another_procedure_is_not_evidence(self, client):
        other = started(client, 2)
        foreign = ok(upload(client, other), 201)["id"]
        slip = started(client, 3)
        body = self._body(client, slip)
        body["signatories"][0]["file_id"] = foreign
        refused(self.post(client, slip, body), 422, "signatories[0].file_id")

    def test_a_bad_id_number_is_named(self, client):
        slip = started(client)
        body = self._body(client, slip)
        body["signatories"][0]["id_number"] = "370211198506120000"
        refused(self.post(client, slip, body), 422, "signatories[0].id_number")


class TestInvestigation:
    def test_two_different_investigators_or_a_registered_organisation(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        url = f"/v1/slips/{slip}/procedure/investigators"
        one = {"investigators": [{"username": "dept_xa_ca", "name": "田野"}]}
        assert client.post(url, json=one, headers=TIAN).status_code == 422
        same = {"investigators": [{"username": "dept_xa_ca", "name": "田野"}] * 2}
        assert client.post(url, json=same, headers=TIAN).status_code == 422
        refused(
            client.post(url, json={"third_party_id": "370211-housing"}, headers=TIAN), 422, "third_party_id"
        )

    @pytest.mark.parametrize(
        ("visit_date", "field"), [("2026-11-25", "visit_date"), ("2026-11-23", "visit_date")]
    )
    def test_the_visit_lies_between_acceptance_and_today(self, client, visit_date, field):
        from datetime import date

        slip = started(client)
        ok(authorise(client, slip))
        ok(assign(client, slip))
        refused(visit(client, slip, when=date.fromisoformat(visit_date)), 422, field)

    def test_a_fact_without_its_value_is_named(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        ok(assign(client, slip))
        findings = [{"topic": "income", "fact": "income_6m", "note": "见工资流水"}]
        assert visit(client, slip, findings=findings).status_code == 422
        findings = [{"topic": "garden", "note": "x"}]
        refused(visit(client, slip, findings=findings), 422, "findings[0].topic")


class TestLaterSteps:
    def test_review_amounts_follow_the_proposal(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        verified(client, slip)
        url = f"/v1/slips/{slip}/procedure/review"
        refused(client.post(url, json={"proposal": "approved", "reason": "x"}, headers=TIAN), 422, "amount")
        body = {"proposal": "denied", "amount": "10.00", "reason": "x"}
        refused(client.post(url, json=body, headers=TIAN), 422, "amount")
        body = {"proposal": "approved", "amount": "1,000", "reason": "x"}
        refused(client.post(url, json=body, headers=TIAN), 422, "amount")
        assert procedure(client, slip)["current_step"] == "review"

    def test_an_objection_outside_the_period_is_refused(self, client):
        slip = started(client)
        ok(authorise(client, slip))
        investigated(client, slip)
        verified(client, slip)
        ok(
            client.post(
                f"/v1/slips/{slip}/procedure/review",
                json={"proposal": "approved", "amount": "3000.00", "reason": "x"},
                headers=TIAN,
            )
        )
        url = f"/v1/slips/{slip}/procedure/objections"
        refused(
            client.post(url, json={"received_date": "2026-11-23", "content": "早于公示"}, headers=TIAN),
            422,
            "received_date",
        )
        refused(
            client.post(url, json={"received_date": "2026-11-26", "content": "晚于今天"}, headers=TIAN),
            422,
            "received_date",
        )

    def test_an_eligibility_outage_keeps_the_step_and_asks_for_a_retry(self, client, eligibility):
        slip = started(client)
        eligibility.down = True
        proc = ok(authorise(client, slip))
        assert proc["current_step"] == "investigation" and "暂不可用" in proc["evaluation_error"]
        eligibility.down = False
        proc = ok(client.post(f"/v1/slips/{slip}/procedure/evaluation", headers=TIAN))
        assert proc["evaluation"]["outcome"] == "ineligible" and proc["evaluation_error"] is None


class TestConfiguration:
    URL = "/v1/procedure-configs/temporary_assistance/370211003"

    def test_the_administrator_switches_steps_per_street(self, client):
        body = {"steps": [{"step": "investigation"}, {"step": "approval"}]}
        config = ok(client.put(self.URL, json=body, headers=ADMIN))
        on = [s["step"] for s in config["steps"] if s["enabled"]]
        assert on == ["investigation", "approval"]
        assert config["steps"][1]["working_days"] == 2  # the seeds' default when none is given
        listed = ok(client.get("/v1/procedure-configs", params={"region": "370211"}, headers=TIAN))
        assert {c["region"] for c in listed} >= {XA, "370211003"}

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"steps": [{"step": "investigation"}]}, "steps"),  # no approval
            ({"steps": [{"step": "disclosure"}, {"step": "approval"}]}, "steps"),  # 公示 of no review
            ({"steps": [{"step": "approval"}, {"step": "approval"}]}, "steps"),
            ({"steps": [{"step": "approval", "working_days": -1}]}, "steps[0].working_days"),
            ({"steps": [{"step": "approval"}], "disclosure_days": 0}, "disclosure_days"),
        ],
    )
    def test_bad_configuration_names_the_field(self, client, body, field):
        refused(client.put(self.URL, json=body, headers=ADMIN), 422, field)

    def test_only_streets_and_only_administrators(self, client):
        body = {"steps": [{"step": "approval"}]}
        assert (
            client.put(
                "/v1/procedure-configs/temporary_assistance/370211", json=body, headers=ADMIN
            ).status_code
            == 422
        )
        assert client.put(self.URL, json=body, headers=TIAN).status_code == 403
        group = {"members": [{"username": "a", "name": "甲"}, {"username": "a", "name": "乙"}]}
        assert client.put(f"/v1/approval-groups/{XA}", json=group, headers=ADMIN).status_code == 422
        assert len(ok(client.get(f"/v1/approval-groups/{XA}", headers=TIAN))["members"]) == 3

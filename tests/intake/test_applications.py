"""Registering applications: never refused, validated, numbered, idempotent, audited, scoped."""

from services.common.identity import compose_id_number
from tests.intake.conftest import (
    APPLICANT_ID,
    DISTRICT,
    SERVICE,
    SUPERVISOR,
    WINDOW,
    WINDOW_XA,
    application_body,
    register,
)


class TestRegister:
    def test_registers_with_case_number_first_responder_and_notice_due(self, client):
        case = register(client, received_date="2026-11-02")
        assert case["status"] == "draft"
        assert case["case_number"].startswith("HD-2026-") and len(case["case_number"].split("-")[2]) == 5
        assert case["notice_due_date"] == "2026-11-09"  # 5 working days after receipt
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["first_responder_name"] == "王晓燕"
        assert [m["relation"] for m in detail["members"]] == ["本人", "配偶"]
        assert detail["status_history"][0]["to_status"] == "draft"
        assert detail["timeline"][0]["kind"] == "registered"

    def test_sequence_per_region_and_year(self, client):
        a = register(client)["case_number"]
        b = register(client)["case_number"]
        c = register(client, headers=WINDOW_XA)["case_number"]
        assert int(b[-5:]) == int(a[-5:]) + 1
        assert c.startswith("XA-")

    def test_fifteen_digit_id_is_upgraded(self, client):
        fifteen = APPLICANT_ID[:6] + APPLICANT_ID[8:17]
        case = register(
            client,
            applicant={
                "name": "张三",
                "id_number": fifteen,
                "phone": "13800000000",
                "hukou_region": "370211001",
            },
            members=[],
        )
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["applicant_id_number"] == APPLICANT_ID

    def test_dont_know_gets_suggestions(self, client):
        case = register(client, item_codes=[], dont_know=True)
        assert case["suggestions"][0]["item_code"] == "temporary_assistance"
        response = client.put(
            f"/v1/applications/{case['id']}/items",
            json={"item_codes": ["temporary_assistance"]},
            headers=WINDOW,
        )
        assert response.status_code == 200 and response.json()["items"][0]["item_name"] == "临时救助"

    def test_agent_channel_records_agent(self, client):
        agent = {"name": "赵代办", "id_number": "370211198513450011", "authorisation_document": "委托书"}
        response = client.post(
            "/v1/applications", json=application_body(channel="agent", agent=agent), headers=WINDOW
        )
        assert response.status_code == 422  # bad agent ID names the field
        assert response.json()["field"] == "agent.id_number"
        agent["id_number"] = compose_id_number("370211", "19700101", 5)
        case = register(client, channel="agent", agent=agent)
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["channel_name"] == "代办员代为申请" and detail["agent_name"] == "赵代办"
        assert detail["agent_id_number"] == agent["id_number"] and detail["agent_authorisation"] == "委托书"


class TestBadInput:
    def test_invalid_id_names_the_field(self, client):
        body = application_body()
        body["applicant"]["id_number"] = "370211198506120018"
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "applicant.id_number"

    def test_invalid_member_id(self, client):
        body = application_body(
            members=[{"name": "李四", "id_number": "123456789012345678", "relation": "配偶"}]
        )
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "members[0].id_number"

    def test_agent_channel_needs_agent(self, client):
        response = client.post("/v1/applications", json=application_body(channel="agent"), headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "agent"

    def test_items_or_dont_know(self, client):
        response = client.post("/v1/applications", json=application_body(item_codes=[]), headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "item_codes"

    def test_unknown_item(self, client):
        response = client.post("/v1/applications", json=application_body(item_codes=["nope"]), headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "item_codes[0]"

    def test_future_received_date(self, client):
        response = client.post(
            "/v1/applications", json=application_body(received_date="2099-01-01"), headers=WINDOW
        )
        assert response.status_code == 422 and response.json()["field"] == "received_date"

    def test_missing_phone_is_schema_error(self, client):
        body = application_body()
        del body["applicant"]["phone"]
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "applicant.phone"

    def test_only_window_staff_register(self, client):
        response = client.post("/v1/applications", json=application_body(), headers=SUPERVISOR)
        assert response.status_code == 403

    def test_no_token(self, client):
        assert client.post("/v1/applications", json=application_body()).status_code == 401


class TestIdempotency:
    def test_same_key_same_body_same_case(self, client):
        headers, body = dict(WINDOW, **{"Idempotency-Key": "k-1"}), application_body()
        first = client.post("/v1/applications", json=body, headers=headers)
        second = client.post("/v1/applications", json=body, headers=headers)
        assert first.status_code == second.status_code == 201
        assert first.json()["id"] == second.json()["id"]
        assert client.get("/v1/applications", headers=WINDOW).json()["total"] == 1

    def test_same_key_other_body_is_422(self, client):
        headers = dict(WINDOW, **{"Idempotency-Key": "k-2"})
        client.post("/v1/applications", json=application_body(), headers=headers)
        response = client.post(
            "/v1/applications", json=application_body(difficulty="另一件事"), headers=headers
        )
        assert response.status_code == 422 and response.json()["field"] == "Idempotency-Key"


class TestStatusMachine:
    def test_illegal_transition_is_409(self, client):
        case = register(client)
        assert client.post(f"/v1/applications/{case['id']}/archive", headers=WINDOW).status_code == 409
        withdrawn = client.post(
            f"/v1/applications/{case['id']}/withdraw", json={"reason": "不再需要"}, headers=WINDOW
        )
        assert withdrawn.json()["status"] == "withdrawn"
        again = client.post(f"/v1/applications/{case['id']}/accept", headers=WINDOW)
        assert again.status_code == 409

    def test_not_accept_needs_legal_basis_and_is_audited(self, client):
        case = register(client)
        bad = client.post(
            f"/v1/applications/{case['id']}/not-accept", json={"reason": "不符合"}, headers=WINDOW
        )
        assert bad.status_code == 422 and bad.json()["field"] == "legal_basis"
        ok = client.post(
            f"/v1/applications/{case['id']}/not-accept",
            json={"reason": "户籍不在本区", "legal_basis": "《社会救助暂行办法》第十一条"},
            headers=WINDOW,
        )
        history = ok.json()["status_history"]
        assert history[-1]["to_status"] == "not_accepted" and history[-1]["actor"] == "window_hd"
        assert "第十一条" in history[-1]["reason"]


class TestLedger:
    def test_filters_paginates_and_scopes_by_region(self, client):
        for _ in range(3):
            register(client)
        register(client, headers=WINDOW_XA)
        town = client.get("/v1/applications", params={"page_size": 2}, headers=WINDOW).json()
        assert town["total"] == 3 and len(town["rows"]) == 2
        district = client.get("/v1/applications", headers=DISTRICT).json()
        assert district["total"] == 4
        only_xa = client.get("/v1/applications", params={"region": "370211002"}, headers=SUPERVISOR).json()
        assert only_xa["total"] == 1
        assert (
            client.get("/v1/applications", params={"region": "370211002"}, headers=WINDOW).status_code == 403
        )
        assert (
            client.get(
                "/v1/applications",
                params={"status": "draft", "item_code": "temporary_assistance", "overdue": "false"},
                headers=WINDOW,
            ).json()["total"]
            == 3
        )
        assert client.get("/v1/applications", params={"status": "bogus"}, headers=WINDOW).status_code == 422

    def test_other_town_cannot_read_case(self, client):
        case = register(client)
        assert client.get(f"/v1/applications/{case['id']}", headers=WINDOW_XA).status_code == 404


class TestAccessLog:
    def test_reads_and_writes_are_recorded(self, client):
        case = register(client)
        client.get(f"/v1/applications/{case['id']}", headers=WINDOW)
        client.get(f"/v1/applications/{case['id']}", headers=SUPERVISOR)
        log = client.get(f"/v1/applications/{case['id']}/access-log", headers=SUPERVISOR).json()
        assert [(r["actor"], r["action"]) for r in log] == [
            ("window_hd", "create"),
            ("window_hd", "read"),
            ("supervisor", "read"),
        ]
        assert client.get(f"/v1/applications/{case['id']}/access-log", headers=WINDOW).status_code == 403


class TestEventsReceiver:
    def test_events_are_idempotent_and_conclude(self, client):
        from tests.intake.conftest import accepted_case

        case = accepted_case(client, "2026-11-02")
        event = {
            "event_id": "e1",
            "kind": "slip_acknowledged",
            "slip_id": 7,
            "slip_number": "FB-1",
            "actor": "民政办",
            "detail": "已签收",
            "at": "2026-11-03T02:00:00+00:00",
        }
        url = f"/v1/applications/{case['id']}/events"
        assert client.post(url, json=event, headers=SERVICE).json() == {
            "recorded": True,
            "status": "in_progress",
        }
        assert client.post(url, json=event, headers=SERVICE).json()["recorded"] is False
        done = dict(event, event_id="e2", kind="feedback_given", all_slips_completed=True)
        assert client.post(url, json=done, headers=SERVICE).json()["status"] == "concluded"
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert [t["kind"] for t in detail["timeline"]].count("slip_acknowledged") == 1
        assert detail["slips"][0]["last_event"] == "feedback_given"

    def test_reminders_show_on_the_timeline_without_moving_the_case(self, client):
        from tests.intake.conftest import accepted_case

        case = accepted_case(client, "2026-11-02")
        event = {
            "event_id": "r1",
            "kind": "reminder_sent",
            "slip_id": 7,
            "slip_number": "FB-1",
            "actor": "系统（期限监控）",
            "detail": "催办：FB-1 办理意见即将到期",
        }
        answer = client.post(f"/v1/applications/{case['id']}/events", json=event, headers=SERVICE).json()
        assert answer == {"recorded": True, "status": "accepted"}
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert any(
            t["kind"] == "reminder_sent" and t["detail"].startswith("催办") for t in detail["timeline"]
        )

    def test_staff_cannot_post_events(self, client):
        case = register(client)
        response = client.post(
            f"/v1/applications/{case['id']}/events",
            json={"event_id": "x", "kind": "slip_issued"},
            headers=WINDOW,
        )
        assert response.status_code == 403

    def test_bad_kind_names_field(self, client):
        case = register(client)
        response = client.post(
            f"/v1/applications/{case['id']}/events", json={"event_id": "x", "kind": "boom"}, headers=SERVICE
        )
        assert response.status_code == 422 and response.json()["field"] == "kind"


class TestNeverRefused:
    def test_catalogue_down_still_registers_and_items_are_confirmed_later(self, client, fakes):
        eligibility, _ = fakes
        eligibility.down = True
        case = register(client, item_codes=["temporary_assistance"])
        assert case["status"] == "draft" and case["duplicate_check_incomplete"] is True
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["items"] == []
        assert any(
            e["kind"] == "items_pending" and "temporary_assistance" in e["detail"] for e in detail["timeline"]
        )
        eligibility.down = False
        response = client.put(
            f"/v1/applications/{case['id']}/items",
            json={"item_codes": ["temporary_assistance"]},
            headers=WINDOW,
        )
        assert response.status_code == 200 and response.json()["items"][0]["item_name"] == "临时救助"

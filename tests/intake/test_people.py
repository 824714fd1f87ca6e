"""The people's side: progress query (rate-limited), 好差评, 找茬 complaints, statistics."""

from tests.intake.conftest import DISTRICT, SERVICE, SUPERVISOR, WINDOW, WINDOW_XA, accepted_case, register


def _last6(client, case) -> str:
    return client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()["applicant_id_number"][-6:]


def _conclude(client, case) -> None:
    client.post(
        f"/v1/applications/{case['id']}/events",
        headers=SERVICE,
        json={"event_id": f"done-{case['id']}", "kind": "feedback_given", "all_slips_completed": True},
    )


class TestProgress:
    def test_status_due_date_steps_and_departments_nothing_personal(self, client):
        case = accepted_case(client, "2026-11-02")
        answer = client.get(
            "/v1/public/progress",
            params={"case_number": case["case_number"], "id_last6": _last6(client, case)},
        ).json()
        assert set(answer) == {
            "case_number",
            "status",
            "status_name",
            "due_date",
            "notice_due_date",
            "steps",
            "departments",
        }
        assert answer["status"] == "accepted" and answer["due_date"] == case["due_date"]
        assert [s["name"] for s in answer["steps"]][-1] == "已受理"
        assert all(set(s) == {"date", "name"} for s in answer["steps"])  # no actor, no reason

    def test_wrong_digits_then_rate_limited(self, client):
        case = register(client)
        params = {"case_number": case["case_number"], "id_last6": "000000"}
        for _ in range(5):
            assert client.get("/v1/public/progress", params=params).status_code == 404
        limited = client.get(
            "/v1/public/progress",
            params={"case_number": case["case_number"], "id_last6": _last6(client, case)},
        )
        assert limited.status_code == 429 and limited.headers["retry-after"]

    def test_bad_input(self, client):
        response = client.get(
            "/v1/public/progress", params={"case_number": "HD-2026-00001", "id_last6": "12"}
        )
        assert response.status_code == 422 and response.json()["field"] == "id_last6"


class TestRating:
    def test_once_per_concluded_case_and_reported(self, client):
        case = accepted_case(client, "2026-11-02")
        body = {
            "case_number": case["case_number"],
            "id_last6": _last6(client, case),
            "level": 5,
            "comment": "很好",
        }
        assert client.post("/v1/public/ratings", json=body).status_code == 409  # not concluded yet
        _conclude(client, case)
        assert client.post("/v1/public/ratings", json=body).status_code == 201
        assert client.post("/v1/public/ratings", json=body).status_code == 409
        report = client.get("/v1/ratings/report", headers=SUPERVISOR).json()
        assert report["by_window"][0]["key"] == "370211001" and report["by_window"][0]["average"] == 5
        assert report["by_staff"][0]["key"] == "window_hd" and report["by_staff"][0]["name"] == "王晓燕"

    def test_level_out_of_range(self, client):
        response = client.post(
            "/v1/public/ratings", json={"case_number": "HD-2026-00001", "id_last6": "123456", "level": 6}
        )
        assert response.status_code == 422 and response.json()["field"] == "level"


class TestComplaints:
    def test_numbered_ledger_with_handler_deadline_reply(self, client):
        online = client.post(
            "/v1/public/complaints",
            json={"region": "370211001", "content": "窗口让我跑了三趟", "contact": "13900000000"},
        )
        assert online.status_code == 201 and online.json()["number"].startswith("ZC-")
        window = client.post(
            "/v1/complaints", headers=WINDOW, json={"region": "370211001", "content": "告知清单漏了一项材料"}
        )
        assert window.json()["channel"] == "window"
        assert int(window.json()["number"][-5:]) == int(online.json()["number"][-5:]) + 1
        ledger = client.get("/v1/complaints", headers=SUPERVISOR).json()
        assert len(ledger) == 2 and ledger[0]["due_date"]
        cid = ledger[0]["id"]
        assert (
            client.post(f"/v1/complaints/{cid}/assign", json={"handler": "周正"}, headers=WINDOW).status_code
            == 403
        )
        assert (
            client.post(f"/v1/complaints/{cid}/assign", json={"handler": "周正"}, headers=SUPERVISOR).json()[
                "handler"
            ]
            == "周正"
        )
        replied = client.post(
            f"/v1/complaints/{cid}/reply", json={"reply": "已核实并致歉"}, headers=SUPERVISOR
        ).json()
        assert replied["status"] == "replied"
        assert (
            client.post(f"/v1/complaints/{cid}/reply", json={"reply": "再次"}, headers=SUPERVISOR).status_code
            == 409
        )
        assert client.get("/v1/complaints", headers=WINDOW_XA).json() == []

    def test_unknown_region(self, client):
        response = client.post("/v1/public/complaints", json={"region": "110101", "content": "五个字以上"})
        assert response.status_code == 422 and response.json()["field"] == "region"


class TestStatistics:
    def test_by_town_item_month(self, client):
        register(client, received_date="2026-11-02")
        register(client, headers=WINDOW_XA, item_codes=["medical_assistance"], received_date="2026-10-09")
        stats = client.get("/v1/statistics", params={"year": 2026}, headers=DISTRICT).json()
        assert stats["total"] == 2
        assert {t["region"] for t in stats["by_town"]} == {"370211001", "370211002"}
        assert {i["item_code"] for i in stats["by_item"]} == {"temporary_assistance", "medical_assistance"}
        assert stats["by_month"][9]["total"] == 1 and stats["by_month"][10]["total"] == 1
        town = client.get("/v1/statistics", params={"year": 2026}, headers=WINDOW).json()
        assert town["total"] == 1


class TestForwardedAddress:
    def test_only_a_service_may_speak_for_another_address(self, client):
        case = register(client)
        params = {"case_number": case["case_number"], "id_last6": "000000"}
        for i in range(5):  # a direct caller cannot dodge the limit by inventing addresses
            client.get("/v1/public/progress", params=params, headers={"X-Forwarded-For": f"10.0.0.{i}"})
        other = register(client)
        response = client.get(
            "/v1/public/progress", params={"case_number": other["case_number"], "id_last6": "000000"}
        )
        assert response.status_code == 429
        served = client.get(
            "/v1/public/progress",
            headers=dict(SERVICE, **{"X-Forwarded-For": "10.9.9.9"}),
            params={"case_number": other["case_number"], "id_last6": _last6(client, other)},
        )
        assert served.status_code == 200

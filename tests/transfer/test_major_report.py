"""情况重大: a case reported to the district government, its acknowledgement deadline, reminders and the board."""

from datetime import datetime, timedelta

from services.common.clock import SHANGHAI
from tests.conftest import auth
from tests.transfer.conftest import submit

WINDOW = auth("window_staff", "370211001", name="王晓燕")
DISTRICT = auth("supervisor", "370211", name="周正")
REPORT = {"summary": "火灾致一家五口无处居住，其中两人重伤住院"}


def _report(client, case_id=1, headers=WINDOW, body=None):
    return client.post(f"/v1/cases/{case_id}/major-report", json=body or REPORT, headers=headers)


class TestReport:
    def test_window_reports_with_who_when_what_and_a_deadline(self, client, app, intake):
        submit(client)
        answer = _report(client)
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert body["summary"] == REPORT["summary"] and body["reported_by_name"] == "王晓燕"
        assert body["due_date"] == "2026-11-27" and body["acknowledged_at"] is None  # 3 working days
        assert client.get("/v1/cases/1/major-report", headers=WINDOW).json()["case_number"] == "HD-2026-00001"
        app.state.deliverer.run_once()
        assert "major_case_reported" in intake.kinds()
        assert _report(client).status_code == 409  # once per case

    def test_who_may_report_and_bad_input(self, client):
        submit(client)
        assert _report(client, headers=auth("window_staff", "370211002")).status_code == 404
        dept = auth("department_staff", "370211001", department_id="370211001-civil")
        assert _report(client, headers=dept).status_code == 403
        assert _report(client, body={"summary": ""}).status_code == 422
        assert _report(client, case_id=99).status_code == 404
        assert client.get("/v1/cases/1/major-report", headers=WINDOW).status_code == 404


class TestAcknowledgement:
    def test_the_district_records_the_acknowledgement_once(self, client):
        submit(client)
        _report(client)
        ack = {"acknowledged_by": "区政府办公室 刘明", "note": "已转分管副区长"}
        town = auth("supervisor", "370211001")
        path = "/v1/cases/1/major-report/acknowledgement"
        assert client.post(path, json=ack, headers=town).status_code == 403
        assert client.post(path, json=ack, headers=WINDOW).status_code == 403
        future = client.post(path, json={**ack, "acknowledged_date": "2026-11-26"}, headers=DISTRICT)
        assert future.status_code == 422
        done = client.post(path, json=ack, headers=DISTRICT)
        assert done.status_code == 200 and done.json()["acknowledged_by"] == "区政府办公室 刘明"
        assert client.post(path, json=ack, headers=DISTRICT).status_code == 409

    def test_acknowledging_an_unreported_case_is_404(self, client):
        submit(client)
        ack = {"acknowledged_by": "刘明"}
        assert (
            client.post("/v1/cases/1/major-report/acknowledgement", json=ack, headers=DISTRICT).status_code
            == 404
        )


class TestDeadline:
    def test_board_shows_it_and_the_sweep_reminds_then_supervises_once(self, client, clock):
        # the slip's id comes from the answer: PostgreSQL sequences do not roll back between tests
        slip_id = submit(client)["slips"][0]["id"]
        _report(client)
        board = client.get("/v1/supervision", headers=DISTRICT).json()
        assert [r["case_id"] for r in board["major_reports_outstanding"]] == [1]
        assert board["major_reports_outstanding"][0]["overdue"] is False
        clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI))  # past Friday the 27th
        first = client.post("/v1/supervision/sweep", headers=DISTRICT).json()
        again = client.post("/v1/supervision/sweep", headers=DISTRICT).json()
        board = client.get("/v1/supervision", headers=DISTRICT).json()
        kinds = [(r["due_kind"], r["level"]) for r in board["reminders"] if r["due_kind"] == "major_report"]
        assert sorted(kinds) == [("major_report", "reminder"), ("major_report", "supervision")]
        assert first["supervision"] >= 1 and again == {**again, "reminder": 0, "supervision": 0}
        assert board["major_reports_outstanding"][0]["overdue"] is True
        ack = {"acknowledged_by": "刘明", "acknowledged_date": "2026-11-30"}
        client.post("/v1/cases/1/major-report/acknowledgement", json=ack, headers=DISTRICT)
        clock.advance(timedelta(days=1))
        assert client.get("/v1/supervision", headers=DISTRICT).json()["major_reports_outstanding"] == []
        timeline = client.get(f"/v1/slips/{slip_id}", headers=WINDOW).json()["timeline"]
        kinds = [e["kind"] for e in timeline]
        assert (
            "major_case_reported" in kinds and "major_case_acknowledged" in kinds and "supervision" in kinds
        )

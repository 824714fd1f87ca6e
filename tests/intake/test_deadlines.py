"""Working-day deadlines on the official calendar: every rule of DESIGN §4 across the 2026 holidays."""

from services.common.calendar import WorkingDayCalendar
from tests.intake.conftest import ADMIN, SUPERVISOR, WINDOW, accepted_case, register

CAL = WorkingDayCalendar()
ALL = ["application_letter", "id_card", "household_register", "family_situation_statement"]


def _due(start: str, days: int) -> str:
    from datetime import date

    return CAL.add_working_days(date.fromisoformat(start), days).due_date.isoformat()


def _post(client, case_id, action, body=None):
    response = client.post(f"/v1/applications/{case_id}/{action}", json=body, headers=WINDOW)
    assert response.status_code in (200, 201), response.text
    return response.json()


class TestCalendarEndpoints:
    def test_national_day_make_up_saturday_counts(self, client):
        answer = client.get(
            "/v1/calendar/working-days", params={"start": "2026-09-30", "days": 3}, headers=WINDOW
        ).json()
        # Oct 1-7 holiday; Oct 8 = 1, Oct 9 = 2, Saturday Oct 10 is a make-up working day = 3
        assert answer["due_date"] == "2026-10-10" and answer["warnings"] == []

    def test_year_shows_holidays_make_up_days_and_source(self, client):
        year = client.get("/v1/calendar/2026", headers=WINDOW).json()
        assert year["source"] == "chinesecalendar" and "2026-10-10" in year["workdays"]
        assert "2026-02-17" in year["holidays"]
        assert client.get("/v1/calendar/2027", headers=WINDOW).json()["source"] == "weekends_only"

    def test_bad_input(self, client):
        assert (
            client.get(
                "/v1/calendar/working-days", params={"start": "2026-13-01", "days": 1}, headers=WINDOW
            ).json()["field"]
            == "start"
        )
        assert (
            client.get(
                "/v1/calendar/working-days", params={"start": "2026-10-01", "days": -1}, headers=WINDOW
            ).json()["field"]
            == "days"
        )
        assert client.get("/v1/calendar/1999", headers=WINDOW).status_code == 422


class TestClockStart:
    def test_starts_day_after_acceptance_across_national_day(self, client):
        case = accepted_case(client, "2026-09-30")
        assert case["deadline"]["clock_start_date"] == "2026-09-30"
        assert case["due_date"] == _due("2026-09-30", 20) == "2026-11-03"
        assert case["receipt_number"].endswith("-HZ") and case["deadline"]["days_left"] is not None

    def test_notice_due_within_five_working_days_across_spring_festival(self, client):
        case = register(client, received_date="2026-02-12")
        # Feb 13 = 1, Sat Feb 14 make-up = 2, Feb 15-23 holiday, Feb 24/25/26 = 3/4/5
        assert case["notice_due_date"] == "2026-02-26"

    def test_supplement_restarts_the_clock(self, client):
        case = register(client, received_date="2026-11-02", provided_materials=["id_card"])
        _post(client, case["id"], "notice")
        _post(
            client,
            case["id"],
            "materials",
            {"materials": ["application_letter"], "received_date": "2026-11-05"},
        )
        _post(
            client,
            case["id"],
            "materials",
            {
                "materials": ["household_register", "family_situation_statement"],
                "received_date": "2026-11-09",
            },
        )
        accepted = _post(client, case["id"], "accept", {"accepted_date": "2026-11-10"})
        assert accepted["deadline"]["clock_start_date"] == "2026-11-09"
        assert accepted["due_date"] == _due("2026-11-09", 20)

    def test_notice_omission_restarts_from_first_supplement(self, client, fakes):
        case = register(client, received_date="2026-11-02", provided_materials=["id_card"])
        _post(client, case["id"], "notice")
        # the item needs a diagnosis the notice never listed (only a needed paper can be an omission)
        diagnosis = fakes[0].items["medical_assistance"].materials[1]
        fakes[0].items["temporary_assistance"].materials.append(diagnosis)
        first = _post(
            client,
            case["id"],
            "materials",
            {"materials": ["application_letter", "medical_diagnosis"], "received_date": "2026-11-05"},
        )
        assert first["notice_omission"] is True and first["supplements"][0]["omitted"] == [
            "medical_diagnosis"
        ]
        _post(
            client,
            case["id"],
            "materials",
            {
                "materials": ["household_register", "family_situation_statement"],
                "received_date": "2026-11-12",
            },
        )
        accepted = _post(client, case["id"], "accept", {"accepted_date": "2026-11-13"})
        assert accepted["deadline"]["clock_start_date"] == "2026-11-05"
        assert accepted["due_date"] == _due("2026-11-05", 20)

    def test_immediate_item_is_due_the_same_day(self, client):
        case = register(
            client,
            item_codes=["elderly_allowance"],
            provided_materials=["id_card"],
            received_date="2026-11-02",
        )
        accepted = _post(client, case["id"], "accept", {"accepted_date": "2026-11-02"})
        assert accepted["due_date"] == "2026-11-02"

    def test_acceptance_date_cannot_precede_receipt(self, client):
        case = register(client, provided_materials=ALL, received_date="2026-11-02")
        response = client.post(
            f"/v1/applications/{case['id']}/accept", json={"accepted_date": "2026-11-01"}, headers=WINDOW
        )
        assert response.status_code == 422 and response.json()["field"] == "accepted_date"


class TestPauses:
    def test_applicant_pause_is_not_counted(self, client):
        case = accepted_case(client, "2026-11-02")
        paused = _post(
            client,
            case["id"],
            "pause",
            {"kind": "applicant", "reason": "申请人住院，暂缓入户调查", "start_date": "2026-11-04"},
        )
        assert paused["deadline"]["paused"] is True
        resumed = _post(client, case["id"], "resume", {"end_date": "2026-11-11"})
        # (Nov 4, Nov 11] holds 5 working days, added to the 20
        assert resumed["due_date"] == _due("2026-11-02", 25)
        assert resumed["deadline"]["paused"] is False

    def test_report_up_time_is_excluded(self, client):
        case = accepted_case(client, "2026-09-28")
        _post(
            client,
            case["id"],
            "pause",
            {"kind": "report_up", "reason": "报区民政局审批", "start_date": "2026-09-29"},
        )
        resumed = _post(client, case["id"], "resume", {"end_date": "2026-10-12"})
        excluded = CAL.working_days_between(
            __import__("datetime").date(2026, 9, 29), __import__("datetime").date(2026, 10, 12)
        )
        assert excluded == 5  # Sep 30, Oct 8, 9, 10 (make-up Saturday), 12
        assert resumed["due_date"] == _due("2026-09-28", 20 + excluded)

    def test_cannot_pause_before_acceptance_or_twice(self, client):
        case = register(client)
        response = client.post(
            f"/v1/applications/{case['id']}/pause",
            json={"kind": "applicant", "reason": "外出"},
            headers=WINDOW,
        )
        assert response.status_code == 409
        accepted = accepted_case(client, "2026-11-02")
        _post(
            client,
            accepted["id"],
            "pause",
            {"kind": "applicant", "reason": "外出", "start_date": "2026-11-03"},
        )
        again = client.post(
            f"/v1/applications/{accepted['id']}/pause",
            json={"kind": "applicant", "reason": "外出", "start_date": "2026-11-04"},
            headers=WINDOW,
        )
        assert again.status_code == 409
        bad = client.post(
            f"/v1/applications/{accepted['id']}/resume", json={"end_date": "2026-11-01"}, headers=WINDOW
        )
        assert bad.status_code == 422 and bad.json()["field"] == "end_date"


class TestExtension:
    def test_refused_unless_applicant_told_three_days_before(self, client):
        case = accepted_case(client, "2026-11-02")
        due = case["due_date"]
        from datetime import date, timedelta

        late = (date.fromisoformat(due) - timedelta(days=2)).isoformat()
        response = client.post(
            f"/v1/applications/{case['id']}/extend",
            headers=WINDOW,
            json={
                "approver": "街道分管领导 刘强",
                "reason": "需入户核查",
                "extra_days": 5,
                "applicant_notified_date": late,
            },
        )
        assert response.status_code == 422 and response.json()["field"] == "applicant_notified_date"
        on_time = (date.fromisoformat(due) - timedelta(days=3)).isoformat()
        extended = _post(
            client,
            case["id"],
            "extend",
            {
                "approver": "街道分管领导 刘强",
                "reason": "需入户核查",
                "extra_days": 5,
                "applicant_notified_date": on_time,
            },
        )
        assert extended["due_date"] == _due("2026-11-02", 25)
        assert extended["extensions"][0]["original_due_date"] == due
        assert extended["extensions"][0]["approver"] == "街道分管领导 刘强"

    def test_needs_named_approver(self, client):
        case = accepted_case(client, "2026-11-02")
        response = client.post(
            f"/v1/applications/{case['id']}/extend",
            headers=WINDOW,
            json={"reason": "需入户核查", "extra_days": 5, "applicant_notified_date": "2026-11-03"},
        )
        assert response.status_code == 422 and response.json()["field"] == "approver"


class TestIntoNextYear:
    def test_fallback_warns_then_notice_recomputes(self, client):
        case = register(
            client,
            item_codes=["housing_assistance"],
            provided_materials=["id_card"],
            received_date="2026-11-23",
        )
        accepted = _post(client, case["id"], "accept", {"accepted_date": "2026-11-23"})
        assert accepted["due_date"] == "2027-01-18"  # 40 working days, 2027 on weekends only
        assert accepted["due_warnings"] and "2027" in accepted["due_warnings"][0]
        assert "仅按周末推算" in accepted["deadline"]["basis"]
        notice = {
            "year": 2027,
            "holidays": ["2027-01-01..2027-01-03", "2027-02-06..2027-02-12"],
            "workdays": ["2027-02-14"],
            "reference": "国办发明电〔2026〕测试号",
        }
        assert client.post("/v1/calendar/notices", json=notice, headers=WINDOW).status_code == 403
        loaded = client.post("/v1/calendar/notices", json=notice, headers=ADMIN)
        assert loaded.status_code == 201 and loaded.json()["recompute"]["cases_changed"] >= 1
        after = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert (
            after["due_date"] == "2027-01-19" and after["due_warnings"] == []
        )  # Jan 1 (Friday) is a holiday
        assert any(t["kind"] == "deadline_recomputed" for t in after["timeline"])
        assert client.get("/v1/calendar/2027", headers=WINDOW).json()["source"] == "notice"
        assert client.get("/v1/calendar/notices", headers=WINDOW).json()[0]["year"] == 2027
        log = client.get("/v1/calendar/recomputations", headers=SUPERVISOR).json()
        assert log[0]["year"] == 2027 and log[0]["actor"] == "admin"

    def test_bad_notice_names_field(self, client):
        bad = client.post(
            "/v1/calendar/notices", json={"year": 2027, "holidays": ["2027-02-30"]}, headers=ADMIN
        )
        assert bad.status_code == 422 and bad.json()["field"] == "holidays"
        wrong_year = client.post(
            "/v1/calendar/notices", json={"year": 2027, "holidays": ["2026-10-01"]}, headers=ADMIN
        )
        assert wrong_year.status_code == 422

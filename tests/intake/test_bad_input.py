"""Out-of-range numbers and dates are a 422 naming the field, never a database or date overflow (500)."""

import pytest

from tests.intake.conftest import SERVICE, SUPERVISOR, WINDOW, accepted_case, application_body

HUGE = 10**20


class TestHugeNumbers:
    @pytest.mark.parametrize(
        "method,url,body,headers",
        [
            ("get", f"/v1/applications/{HUGE}", None, WINDOW),
            ("get", f"/v1/applications/{2**40}", None, WINDOW),
            ("post", f"/v1/applications/{HUGE}/accept", None, WINDOW),
            ("post", f"/v1/applications/{HUGE}/pause", {"kind": "applicant", "reason": "外出"}, WINDOW),
            ("post", f"/v1/complaints/{HUGE}/assign", {"handler": "周正"}, SUPERVISOR),
        ],
    )
    def test_huge_id_in_the_path(self, client, method, url, body, headers):
        response = client.request(method.upper(), url, json=body, headers=headers)
        assert response.status_code == 422
        assert response.json()["field"] in ("application_id", "complaint_id")

    def test_huge_ledger_page(self, client):
        response = client.get("/v1/applications", params={"page": HUGE}, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "page"

    def test_huge_slip_id_in_an_event(self, client):
        case = accepted_case(client, "2026-11-02")
        response = client.post(
            f"/v1/applications/{case['id']}/events",
            headers=SERVICE,
            json={"event_id": "e-huge", "kind": "slip_issued", "slip_id": HUGE},
        )
        assert response.status_code == 422 and response.json()["field"] == "slip_id"


class TestFarDates:
    def test_working_days_past_the_last_date(self, client):
        response = client.get(
            "/v1/calendar/working-days", params={"start": "9999-12-30", "days": 400}, headers=WINDOW
        )
        assert response.status_code == 422 and response.json()["field"] == "start"

    def test_resume_cannot_be_in_the_future(self, client):
        case = accepted_case(client, "2026-11-02")
        paused = client.post(
            f"/v1/applications/{case['id']}/pause",
            headers=WINDOW,
            json={"kind": "applicant", "reason": "申请人住院", "start_date": "2026-11-03"},
        )
        assert paused.status_code == 200
        for end in ("9999-12-30", "2026-11-25"):  # the frozen today is 2026-11-24
            response = client.post(
                f"/v1/applications/{case['id']}/resume", json={"end_date": end}, headers=WINDOW
            )
            assert response.status_code == 422 and response.json()["field"] == "end_date"
        assert (
            client.post(
                f"/v1/applications/{case['id']}/resume", json={"end_date": "2026-11-24"}, headers=WINDOW
            ).status_code
            == 200
        )

    def test_pause_cannot_start_in_the_future(self, client):
        case = accepted_case(client, "2026-11-02")
        response = client.post(
            f"/v1/applications/{case['id']}/pause",
            headers=WINDOW,
            json={"kind": "applicant", "reason": "申请人住院", "start_date": "9999-12-30"},
        )
        assert response.status_code == 422 and response.json()["field"] == "start_date"
        detail = client.get(f"/v1/applications/{case['id']}", headers=WINDOW).json()
        assert detail["deadline"]["paused"] is False and detail["pauses"] == []


class TestNulCharacters:
    """PostgreSQL refuses a NUL inside a string: it must stop at validation on both databases."""

    def test_in_a_registration(self, client):
        body = application_body()
        body["applicant"]["name"] = "张\x00三"
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "applicant.name"

    def test_in_a_list_of_codes(self, client):
        response = client.post(
            "/v1/applications", json=application_body(provided_materials=["id\x00card"]), headers=WINDOW
        )
        assert response.status_code == 422 and response.json()["field"] == "provided_materials[0]"

    def test_in_a_public_complaint(self, client):
        response = client.post(
            "/v1/public/complaints", json={"region": "370211001", "content": "窗口\x00让我跑了三趟"}
        )
        assert response.status_code == 422 and response.json()["field"] == "content"

    def test_in_query_parameters(self, client):
        progress = client.get(
            "/v1/public/progress", params={"case_number": "HD-2026-0\x001", "id_last6": "123456"}
        )
        assert progress.status_code == 422 and progress.json()["field"] == "case_number"
        ledger = client.get("/v1/applications", params={"q": "a\x00b"}, headers=WINDOW)
        assert ledger.status_code == 422 and ledger.json()["field"] == "q"
        complaints = client.get("/v1/complaints", params={"status": "open\x00"}, headers=SUPERVISOR)
        assert complaints.status_code == 422 and complaints.json()["field"] == "status"


class TestNames:
    @pytest.mark.parametrize("name", ["   ", "\u3000\u3000", "\t"])
    def test_whitespace_only_names_are_refused(self, client, name):
        body = application_body()
        body["members"][0]["name"] = name
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "members[0].name"

    @pytest.mark.parametrize("name", ["张\n三", "张\x1b[31m三", "张\x85三"])
    def test_line_breaks_and_escapes_in_a_name_are_refused(self, client, name):
        body = application_body()
        body["applicant"]["name"] = name
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "applicant.name"

    def test_a_reason_may_span_lines(self, client):
        body = application_body(difficulty="家中失火\r\n住房烧毁\t急需救助")
        assert client.post("/v1/applications", json=body, headers=WINDOW).status_code in (200, 201)


class TestBooleans:
    def test_yes_is_not_a_boolean(self, client):
        response = client.post("/v1/applications", json=application_body(emergency="yes"), headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "emergency"


class TestIdNumbers:
    def test_a_birth_date_in_the_future_is_refused(self, client):
        from services.common.identity import compose_id_number

        body = application_body()
        body["members"][0]["id_number"] = compose_id_number("370211", "20991231", 5)
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "members[0].id_number"


class TestMaterialCodes:
    """A mistyped material code never matched any checklist: it is refused, naming the entry."""

    def test_unknown_code_at_registration(self, client):
        body = application_body(provided_materials=["id_card", "id_crad"])
        response = client.post("/v1/applications", json=body, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "provided_materials[1]"

    def test_registration_never_refuses_while_the_catalogue_is_down(self, client, fakes):
        fakes[0].down = True
        body = application_body(provided_materials=["id_crad"])
        assert client.post("/v1/applications", json=body, headers=WINDOW).status_code in (200, 201)

    def test_unknown_code_in_materials_received(self, client):
        case = client.post("/v1/applications", json=application_body(), headers=WINDOW).json()
        url = f"/v1/applications/{case['id']}/materials"
        response = client.post(url, json={"materials": ["household_register", "nope"]}, headers=WINDOW)
        assert response.status_code == 422 and response.json()["field"] == "materials[1]"
        assert client.post(url, json={"materials": ["household_register"]}, headers=WINDOW).status_code == 200

    def test_materials_received_while_the_catalogue_is_down_is_a_503(self, client, fakes):
        case = client.post("/v1/applications", json=application_body(), headers=WINDOW).json()
        fakes[0].down = True
        url = f"/v1/applications/{case['id']}/materials"
        response = client.post(url, json={"materials": ["household_register"]}, headers=WINDOW)
        assert response.status_code == 503

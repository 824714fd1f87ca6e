"""Transfer: inputs that used to be 500s are 422s naming the field, on SQLite and PostgreSQL."""

import pytest

from tests.conftest import auth

ADMIN = auth("admin", "370211", subject="admin")


class TestExplicitNull:
    @pytest.mark.parametrize("field", ["name", "integration_mode", "active", "a_away", "phone"])
    def test_null_for_a_column_that_must_have_a_value_is_a_422(self, client, field):
        response = client.patch("/v1/departments/370211001-civil", json={field: None}, headers=ADMIN)
        assert response.status_code == 422, response.text
        assert response.json()["field"] == field
        after = client.get("/v1/departments/370211001-civil", headers=ADMIN).json()
        assert after["name"] and after["integration_mode"]  # nothing half-written


class TestControlCharacters:
    """NUL was a 500 on PostgreSQL in 10 of 12 transfer probes, including the public verify page."""

    def test_in_the_public_verify_path(self, client):
        response = client.get("/verify/AB%00CD")
        assert response.status_code == 422 and response.json()["field"] == "code"

    def test_ansi_escape_in_a_department_name(self, client):
        response = client.patch(
            "/v1/departments/370211001-civil", json={"name": "民政办\x1b[2J"}, headers=ADMIN
        )
        assert response.status_code == 422 and response.json()["field"] == "name"

    def test_nul_in_a_query_parameter(self, client):
        response = client.get("/v1/slips", params={"status": "open\x00"}, headers=ADMIN)
        assert response.status_code == 422 and response.json()["field"] == "status"


class TestHugeIntegers:
    def test_an_integer_beyond_the_column_is_a_422(self, client):
        from tests.transfer.conftest import case_payload

        body = case_payload(case_id=2**40)
        response = client.post(
            "/v1/cases", json=body, headers={**auth("service", ""), "Idempotency-Key": "huge"}
        )
        assert response.status_code == 422 and response.json()["field"] == "case_id"


class TestImplausibleDates:
    """Year 1 or 9999 grants left the yearly summary and slipped past the duplicate-aid check."""

    AID = {"given_by": "黄岛街道民政办 孙丽", "what": "临时生活救助金", "amount": "800.00"}

    @pytest.mark.parametrize("given", ["0001-01-01", "1999-12-31", "9999-12-31", "2026-12-02"])
    def test_emergency_aid_date_outside_the_window(self, client, given):
        from tests.transfer.conftest import submit

        submit(client, emergency=True)
        window = auth("window_staff", "370211001")
        response = client.post(
            "/v1/cases/1/emergency-aid", json={**self.AID, "given_date": given}, headers=window
        )
        assert response.status_code == 422 and response.json()["field"] == "given_date"
        ok = client.post(
            "/v1/cases/1/emergency-aid", json={**self.AID, "given_date": "2026-12-01"}, headers=window
        )
        assert ok.status_code == 201  # today (2026-11-24) + 7 days is the latest

    @pytest.mark.parametrize("granted", ["0001-01-01", "9999-12-31"])
    def test_grant_date_outside_the_window(self, client, granted):
        from tests.transfer.conftest import event, submit

        slip = submit(client)["slips"][0]
        assert event(client, slip["id"], {"type": "acknowledged"}).status_code == 200
        assert event(client, slip["id"], {"type": "opinion", "opinion": "同意"}).status_code == 200
        result = {"type": "result", "outcome": "approved", "amount": "100.00", "reason": "同意"}
        response = event(client, slip["id"], {**result, "grant_date": granted})
        assert response.status_code == 422 and response.json()["field"].endswith("grant_date")
        assert event(client, slip["id"], {**result, "grant_date": "2026-11-20"}).status_code == 200


class TestMoney:
    def test_full_width_digits_are_refused(self, client):
        from tests.transfer.conftest import submit

        submit(client, emergency=True)
        response = client.post(
            "/v1/cases/1/emergency-aid",
            json={**TestImplausibleDates.AID, "amount": "８００.００"},
            headers=auth("window_staff", "370211001"),
        )
        assert response.status_code == 422 and response.json()["field"] == "amount"

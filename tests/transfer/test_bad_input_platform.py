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

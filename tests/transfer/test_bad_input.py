"""Hostile or careless input never becomes a 500: every answer is a 4xx naming the problem."""

import pytest

from tests.conftest import auth
from tests.transfer.conftest import SERVICE, case_payload, submit

ADMIN = auth("admin", "370211")
HUGE = 2**63


@pytest.mark.parametrize(
    "method,path,body",
    [
        ("get", f"/v1/slips/{HUGE}", None),
        ("get", "/v1/slips/abc", None),
        ("get", f"/v1/slips?case_id={HUGE}", None),
        ("get", "/v1/slips?limit=0", None),
        ("get", "/v1/slips?overdue=perhaps", None),
        ("post", f"/v1/slips/{HUGE}/events", {"type": "acknowledged"}),
        ("post", f"/v1/slips/{HUGE}/forward", {"receiver_id": "370211-hr"}),
        ("get", f"/v1/slips/{HUGE}/deliveries", None),
        ("post", f"/v1/cases/{HUGE}/paperwork-completed", {}),
        ("get", "/v1/departments/" + "x" * 500, None),
        ("patch", "/v1/departments/370211-hr", {"callback_url": "not a url"}),
        ("patch", "/v1/departments/370211-hr", {"integration_mode": "callback"}),
        ("post", "/v1/departments/370211-hr/signing-secret", {"overlap_hours": -1}),
        ("post", "/v1/grants/summary", {"id_numbers": [], "year": 2026}),
        ("post", "/v1/grants/summary", {"id_numbers": ["370211198506120113"], "year": 99999}),
        ("get", "/verify/" + "x" * 300, None),
    ],
)
def test_never_a_500(client, method, path, body):
    kwargs = {"json": body} if body is not None else {}
    response = getattr(client, method)(path, headers=ADMIN, **kwargs)
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json")


def test_huge_case_id_is_refused(client):
    response = client.post("/v1/cases", json=case_payload(HUGE), headers=SERVICE)
    assert response.status_code == 422 and response.json()["field"] == "case_id"


def test_overlong_idempotency_key_is_refused(client):
    slip = submit(client)["slips"][0]
    response = client.post(
        f"/v1/slips/{slip['id']}/events",
        json={"type": "acknowledged"},
        headers={**auth("department_staff", department_id="370211001-civil"), "Idempotency-Key": "k" * 300},
    )
    assert response.status_code == 422

"""Typed client for the transfer service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used. Answers are the transfer service's public JSON
(see docs/contracts.md and docs/transfer.md).
"""

from typing import Any

from services.common.http import ServiceClient

JSON = dict[str, Any]


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in params.items() if v is not None}


class TransferClient(ServiceClient):
    """Calls the transfer service (:8003)."""

    service_name = "transfer"

    # cases and grants (intake and eligibility call these)
    def submit_case(self, payload: JSON, idempotency_key: str, *, token: str | None = None) -> JSON:
        """POST /v1/cases: issue one slip per item; a repeat with the same key returns the same slips."""
        return self.request(
            "POST", "/v1/cases", json=payload, idempotency_key=idempotency_key, token=token
        ).json()

    def grants_summary(
        self, id_numbers: list[str], year: int, item_code: str | None = None, *, token: str | None = None
    ) -> JSON:
        """GET /v1/grants/summary: this household's recorded grants in a calendar year."""
        params = _clean({"id_numbers": ",".join(id_numbers), "year": year, "item_code": item_code})
        return self.request("GET", "/v1/grants/summary", params=params, token=token).json()

    def record_emergency_aid(
        self, case_id: int, body: JSON, *, idempotency_key: str | None = None, token: str | None = None
    ) -> JSON:
        """POST /v1/cases/{case_id}/emergency-aid: who gave what, amount (yuan string)."""
        return self.request(
            "POST",
            f"/v1/cases/{case_id}/emergency-aid",
            json=body,
            idempotency_key=idempotency_key,
            token=token,
        ).json()

    def complete_paperwork(self, case_id: int, *, token: str | None = None) -> JSON:
        """POST /v1/cases/{case_id}/paperwork-completed: an emergency case's 补齐手续 is done."""
        return self.request("POST", f"/v1/cases/{case_id}/paperwork-completed", json={}, token=token).json()

    # slips
    def list_slips(
        self,
        *,
        kind: str | None = None,
        receiver: str | None = None,
        state: str | None = None,
        overdue: bool | None = None,
        near_due: bool | None = None,
        region: str | None = None,
        case_id: int | None = None,
        limit: int | None = None,
        token: str | None = None,
    ) -> list[JSON]:
        """GET /v1/slips with filters; answers only what the caller may see."""
        params = _clean(
            {
                "kind": kind,
                "receiver": receiver,
                "state": state,
                "overdue": overdue,
                "near_due": near_due,
                "region": region,
                "case_id": case_id,
                "limit": limit,
            }
        )
        return self.request("GET", "/v1/slips", params=params, token=token).json()

    def get_slip(self, slip_id: int, *, token: str | None = None) -> JSON:
        """GET /v1/slips/{id}: the slip with its timeline (the read is audited)."""
        return self.request("GET", f"/v1/slips/{slip_id}", token=token).json()

    def access_log(self, slip_id: int, *, token: str | None = None) -> list[JSON]:
        """GET /v1/slips/{id}/access-log: who read the slip's personal details (supervisors, admins)."""
        return self.request("GET", f"/v1/slips/{slip_id}/access-log", token=token).json()

    def post_event(
        self, slip_id: int, event: JSON, idempotency_key: str | None = None, *, token: str | None = None
    ) -> JSON:
        """POST /v1/slips/{id}/events: acknowledged | opinion | result | feedback | returned."""
        return self.request(
            "POST", f"/v1/slips/{slip_id}/events", json=event, idempotency_key=idempotency_key, token=token
        ).json()

    def forward_slip(
        self, slip_id: int, body: JSON, *, idempotency_key: str | None = None, token: str | None = None
    ) -> JSON:
        """POST /v1/slips/{id}/forward: the district window passes an escalate slip on (hand_over/assign/refer)."""
        return self.request(
            "POST", f"/v1/slips/{slip_id}/forward", json=body, idempotency_key=idempotency_key, token=token
        ).json()

    def reroute_slip(
        self, slip_id: int, body: JSON, *, idempotency_key: str | None = None, token: str | None = None
    ) -> JSON:
        """POST /v1/slips/{id}/reroute: the sender issues a new slip for a returned one."""
        return self.request(
            "POST", f"/v1/slips/{slip_id}/reroute", json=body, idempotency_key=idempotency_key, token=token
        ).json()

    def deliveries(self, slip_id: int, *, token: str | None = None) -> list[JSON]:
        """GET /v1/slips/{id}/deliveries: every delivery attempt to the partner system."""
        return self.request("GET", f"/v1/slips/{slip_id}/deliveries", token=token).json()

    def replay_deliveries(self, slip_id: int, *, token: str | None = None) -> JSON:
        """POST /v1/slips/{id}/deliveries/replay: send failed or exhausted messages again."""
        return self.request("POST", f"/v1/slips/{slip_id}/deliveries/replay", json={}, token=token).json()

    def supervision(self, *, region: str | None = None, token: str | None = None) -> JSON:
        """GET /v1/supervision: overdue and near-due slips, reminders and supervision records."""
        return self.request("GET", "/v1/supervision", params=_clean({"region": region}), token=token).json()

    def run_sweep(self, *, token: str | None = None) -> JSON:
        """POST /v1/supervision/sweep: remind and supervise now instead of waiting for the worker."""
        return self.request("POST", "/v1/supervision/sweep", json={}, token=token).json()

    def verify(self, code: str, *, token: str | None = None) -> JSON:
        """GET /verify/{code}: is this paper slip genuine, and where is it now."""
        return self.request("GET", f"/verify/{code}", token=token).json()

    # departments
    def list_departments(
        self, *, region: str | None = None, type: str | None = None, token: str | None = None
    ) -> list[JSON]:
        """GET /v1/departments."""
        return self.request(
            "GET", "/v1/departments", params=_clean({"region": region, "type": type}), token=token
        ).json()

    def get_department(self, department_id: str, *, token: str | None = None) -> JSON:
        """GET /v1/departments/{id}."""
        return self.request("GET", f"/v1/departments/{department_id}", token=token).json()

    def create_department(self, body: JSON, *, token: str | None = None) -> JSON:
        """POST /v1/departments; a callback-mode answer carries its secret and token once."""
        return self.request("POST", "/v1/departments", json=body, token=token).json()

    def update_department(self, department_id: str, body: JSON, *, token: str | None = None) -> JSON:
        """PATCH /v1/departments/{id}: handlers, A away, callback URL, mode, re-enable."""
        return self.request("PATCH", f"/v1/departments/{department_id}", json=body, token=token).json()

    def rotate_secret(
        self, department_id: str, *, overlap_hours: int | None = None, token: str | None = None
    ) -> JSON:
        """POST /v1/departments/{id}/signing-secret: a new whsec_ secret (shown once); the old one overlaps."""
        body = _clean({"overlap_hours": overlap_hours})
        return self.request(
            "POST", f"/v1/departments/{department_id}/signing-secret", json=body, token=token
        ).json()

    def issue_partner_token(self, department_id: str, *, token: str | None = None) -> JSON:
        """POST /v1/departments/{id}/client-token: a new partner token (shown once; the old one revoked)."""
        return self.request(
            "POST", f"/v1/departments/{department_id}/client-token", json={}, token=token
        ).json()

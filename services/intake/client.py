"""Typed client for the intake service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used.
"""

from services.common.http import ServiceClient


class IntakeClient(ServiceClient):
    service_name = "intake"

    def login(self, username: str, password: str, *, client_ip: str = "") -> dict:
        """Exchange a password for a bearer token (POST /v1/auth/token); `client_ip` is the browser's,
        so that intake's per-address lockout counts the person, not the web front."""
        return self.request(
            "POST",
            "/v1/auth/token",
            json={"username": username, "password": password},
            headers={"x-forwarded-for": client_ip} if client_ip else None,
        ).json()

    def logout(self, *, token: str) -> None:
        """Revoke this token (POST /v1/auth/logout)."""
        self.request("POST", "/v1/auth/logout", token=token)

    def me(self, *, token: str) -> dict:
        """Who the token belongs to; 401 once it is revoked or expired (GET /v1/auth/me)."""
        return self.request("GET", "/v1/auth/me", token=token).json()

    # applications (the web front acts with the user's token)
    def create_application(
        self, body: dict, *, idempotency_key: str | None = None, token: str | None = None
    ) -> dict:
        """POST /v1/applications (201 with id, case_number, status)."""
        return self.request(
            "POST", "/v1/applications", json=body, idempotency_key=idempotency_key, token=token
        ).json()

    def duplicate_check(
        self, id_numbers: list[str], item_codes: list[str], *, token: str | None = None
    ) -> dict:
        return self.request(
            "POST",
            "/v1/applications/duplicate-check",
            json={"id_numbers": id_numbers, "item_codes": item_codes},
            token=token,
        ).json()

    def ledger(self, *, token: str | None = None, **filters) -> dict:
        """GET /v1/applications with filters (region, status, item_code, date_from, date_to, overdue, …)."""
        params = {
            k: (str(v).lower() if isinstance(v, bool) else v)
            for k, v in filters.items()
            if v not in (None, "")
        }
        return self.request("GET", "/v1/applications", params=params, token=token).json()

    def get_application(self, application_id: int, *, token: str | None = None) -> dict:
        return self.request("GET", f"/v1/applications/{application_id}", token=token).json()

    def act(
        self, application_id: int, action: str, body: dict | None = None, *, token: str | None = None
    ) -> dict:
        """POST /v1/applications/{id}/{action}: materials, notice, accept, not-accept, withdraw, pause, resume, extend…"""
        return self.request(
            "POST", f"/v1/applications/{application_id}/{action}", json=body, token=token
        ).json()

    def set_items(self, application_id: int, item_codes: list[str], *, token: str | None = None) -> dict:
        return self.request(
            "PUT", f"/v1/applications/{application_id}/items", json={"item_codes": item_codes}, token=token
        ).json()

    # calendar
    def calendar_year(self, year: int, *, token: str | None = None) -> dict:
        return self.request("GET", f"/v1/calendar/{year}", token=token).json()

    def calendar_notices(self, *, token: str | None = None) -> list[dict]:
        return self.request("GET", "/v1/calendar/notices", token=token).json()

    def upload_calendar_notice(self, body: dict, *, token: str | None = None) -> dict:
        return self.request("POST", "/v1/calendar/notices", json=body, token=token).json()

    def recomputations(self, *, token: str | None = None) -> list[dict]:
        return self.request("GET", "/v1/calendar/recomputations", token=token).json()

    # the people's side and supervision
    def progress(self, case_number: str, id_last6: str, *, client_ip: str = "") -> dict:
        return self.request(
            "GET",
            "/v1/public/progress",
            params={"case_number": case_number, "id_last6": id_last6},
            headers={"x-forwarded-for": client_ip} if client_ip else None,
        ).json()

    def rate(self, body: dict, *, client_ip: str = "") -> dict:
        return self.request(
            "POST",
            "/v1/public/ratings",
            json=body,
            headers={"x-forwarded-for": client_ip} if client_ip else None,
        ).json()

    def complain(self, body: dict, *, token: str | None = None) -> dict:
        path = "/v1/complaints" if token else "/v1/public/complaints"
        return self.request("POST", path, json=body, token=token).json()

    def complaints(self, *, token: str | None = None) -> list[dict]:
        return self.request("GET", "/v1/complaints", token=token).json()

    def statistics(self, year: int | None = None, *, token: str | None = None) -> dict:
        return self.request(
            "GET", "/v1/statistics", params={"year": year} if year else None, token=token
        ).json()

    def rating_report(self, *, token: str | None = None) -> dict:
        return self.request("GET", "/v1/ratings/report", token=token).json()

    def assign_complaint(self, complaint_id: int, handler: str, *, token: str | None = None) -> dict:
        return self.request(
            "POST", f"/v1/complaints/{complaint_id}/assign", json={"handler": handler}, token=token
        ).json()

    def reply_complaint(self, complaint_id: int, reply: str, *, token: str | None = None) -> dict:
        return self.request(
            "POST", f"/v1/complaints/{complaint_id}/reply", json={"reply": reply}, token=token
        ).json()

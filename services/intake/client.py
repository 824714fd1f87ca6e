"""Typed client for the intake service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used.
"""

from services.common.http import ServiceClient


class IntakeClient(ServiceClient):
    service_name = "intake"

    def login(self, username: str, password: str) -> dict:
        """Exchange a password for a bearer token (POST /v1/auth/token)."""
        return self.request("POST", "/v1/auth/token", json={"username": username, "password": password}).json()

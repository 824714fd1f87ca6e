"""Typed calls to the item procedure, over any transfer ServiceClient (the web front wraps its own)."""

from typing import Any

from services.common.http import ServiceClient
from services.transfer.procedure.schemas import FileStored, ProcedurePublic, ProcedureStatus

__all__ = ["FileStored", "ProcedureCalls", "ProcedurePublic", "ProcedureStatus"]
# action name (the web panel's form) → the step endpoint below /v1/slips/{id}/procedure
STEP_PATHS = {
    "authorise": "authorisation",
    "assign": "investigators",
    "visit": "visit",
    "sign": "visit/signatures",
    "request_check": "verification",
    "evaluate": "evaluation",
    "review": "review",
    "object": "objections",
    "close_disclosure": "disclosure/close",
    "vote": "votes",
    "decide": "decision",
    "deliver_denial": "denial-delivery",
}


class ProcedureCalls:
    """The procedure's operations, answering the transfer service's public schemas."""

    def __init__(self, client: ServiceClient):
        self.client = client

    def status(self, slip_id: int, *, token: str | None = None) -> ProcedureStatus:
        """GET /v1/slips/{id}/procedure."""
        return self.client.get_json(f"/v1/slips/{slip_id}/procedure", ProcedureStatus, token=token)

    def start(self, slip_id: int, *, token: str | None = None) -> ProcedurePublic:
        """POST /v1/slips/{id}/procedure."""
        return self.client.post_json(f"/v1/slips/{slip_id}/procedure", ProcedurePublic, {}, token=token)

    def step(
        self, slip_id: int, action: str, body: dict[str, Any], *, token: str | None = None
    ) -> ProcedurePublic:
        """POST one step (`action` as in STEP_PATHS)."""
        path = f"/v1/slips/{slip_id}/procedure/{STEP_PATHS[action]}"
        return self.client.post_json(path, ProcedurePublic, body, token=token)

    def resolve(
        self, slip_id: int, objection_id: int, resolution: str, *, token: str | None = None
    ) -> ProcedurePublic:
        """POST an objection's resolution."""
        path = f"/v1/slips/{slip_id}/procedure/objections/{objection_id}/resolution"
        return self.client.post_json(path, ProcedurePublic, {"resolution": resolution}, token=token)

    def answer_check(
        self, check_slip_id: int, body: dict[str, Any], *, token: str | None = None
    ) -> ProcedurePublic:
        """POST /v1/slips/{id}/verification-answer (the checking body)."""
        return self.client.post_json(
            f"/v1/slips/{check_slip_id}/verification-answer", ProcedurePublic, body, token=token
        )

    def upload(
        self, slip_id: int, purpose: str, filename: str, data: bytes, *, token: str | None = None
    ) -> FileStored:
        """POST a scan or photo (multipart)."""
        response = self.client.request(
            "POST",
            f"/v1/slips/{slip_id}/procedure/files",
            files={"file": (filename, data, "application/octet-stream"), "purpose": (None, purpose)},
            token=token,
        )
        return FileStored.model_validate(response.json())

    def file(self, slip_id: int, file_id: int, *, token: str | None = None) -> tuple[bytes, str]:
        """The bytes of a stored scan or photo, with its content type."""
        response = self.client.request("GET", f"/v1/slips/{slip_id}/procedure/files/{file_id}", token=token)
        return response.content, response.headers.get("content-type", "application/octet-stream")

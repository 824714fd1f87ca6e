"""Typed client for the intake service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used. Answers are the intake service's public
schemas (docs/contracts.md, docs/intake.md).
"""

from typing import Any

from services.common.http import ServiceClient
from services.intake.accounts.schemas import AccountPublic, TokenResponse
from services.intake.applications.schemas import (
    ApplicationPublic,
    DataAccessPublic,
    DuplicateCheckResult,
    DuplicateFinding,
    LedgerPage,
    LedgerRow,
    RegistrationPublic,
)
from services.intake.consultations.schemas import (
    ApplicationDraft,
    ConsultationPage,
    ConsultationPublic,
    ConsultationStatistics,
)
from services.intake.deadlines.schemas import (
    CalendarNoticePublic,
    CalendarYearPublic,
    DueDatePublic,
    NoticeUploadResult,
    RecomputationPublic,
)
from services.intake.handoff.schemas import EventBatchReceipt, EventReceipt, SlipEvent
from services.intake.notices.schemas import NoticePublic
from services.intake.online.schemas import CodeSent, OnlinePublic, OnlineReceipt, OnlineRow
from services.intake.people.schemas import (
    ComplaintPublic,
    ComplaintReceipt,
    ProgressPublic,
    RatingReceipt,
    RatingReport,
    StatisticsPublic,
)

__all__ = [  # the public schemas other services and the web front may use
    "AccountPublic",
    "ApplicationPublic",
    "CalendarNoticePublic",
    "CalendarYearPublic",
    "ComplaintPublic",
    "ComplaintReceipt",
    "DataAccessPublic",
    "DueDatePublic",
    "DuplicateCheckResult",
    "DuplicateFinding",
    "EventBatchReceipt",
    "EventReceipt",
    "IntakeClient",
    "LedgerPage",
    "LedgerRow",
    "NoticePublic",
    "NoticeUploadResult",
    "ProgressPublic",
    "RatingReceipt",
    "RatingReport",
    "RecomputationPublic",
    "RegistrationPublic",
    "SlipEvent",
    "StatisticsPublic",
    "TokenResponse",
]
# POST /v1/applications/{id}/{action}: each answers with the whole case, except the notice itself
CASE_ACTIONS = ("materials", "accept", "not-accept", "withdraw", "archive", "pause", "resume", "extend")


def _forwarded(client_ip: str) -> dict[str, str] | None:
    """The browser's address for intake's per-address limits (believed only from a Yimen service)."""
    return {"x-forwarded-for": client_ip} if client_ip else None


def _params(filters: dict[str, Any]) -> dict[str, Any]:
    """Query parameters without empty filters; booleans as true/false."""
    return {
        k: (str(v).lower() if isinstance(v, bool) else v) for k, v in filters.items() if v not in (None, "")
    }


class IntakeClient(ServiceClient):
    service_name = "intake"

    # accounts
    def login(self, username: str, password: str, *, client_ip: str = "") -> TokenResponse:
        """Exchange a password for a bearer token (POST /v1/auth/token); `client_ip` is the browser's,
        so that intake's per-address lockout counts the person, not the web front."""
        body = {"username": username, "password": password}
        return self.post_json("/v1/auth/token", TokenResponse, body, headers=_forwarded(client_ip))

    def logout(self, *, token: str) -> None:
        """Revoke this token (POST /v1/auth/logout)."""
        self.request("POST", "/v1/auth/logout", token=token)

    def me(self, *, token: str) -> AccountPublic:
        """Who the token belongs to; 401 once it is revoked or expired (GET /v1/auth/me)."""
        return self.get_json("/v1/auth/me", AccountPublic, token=token)

    # applications (the web front acts with the user's token)
    def create_application(
        self, body: dict[str, Any], *, idempotency_key: str | None = None, token: str | None = None
    ) -> RegistrationPublic:
        """POST /v1/applications (201 with id, case_number, status, suggestions, duplicate findings)."""
        return self.post_json(
            "/v1/applications", RegistrationPublic, body, idempotency_key=idempotency_key, token=token
        )

    def duplicate_check(
        self, id_numbers: list[str], item_codes: list[str], *, token: str | None = None
    ) -> DuplicateCheckResult:
        """POST /v1/applications/duplicate-check: the guard's findings without registering."""
        body = {"id_numbers": id_numbers, "item_codes": item_codes}
        return self.post_json("/v1/applications/duplicate-check", DuplicateCheckResult, body, token=token)

    def ledger(self, *, token: str | None = None, **filters: Any) -> LedgerPage:
        """GET /v1/applications with filters (region, status, item_code, date_from, date_to, overdue, …)."""
        params = {
            k: (str(v).lower() if isinstance(v, bool) else v)
            for k, v in filters.items()
            if v not in (None, "")
        }
        return self.get_json("/v1/applications", LedgerPage, params=params, token=token)

    def get_application(
        self, application_id: int, *, token: str | None = None, purpose: str = "read"
    ) -> ApplicationPublic:
        """GET /v1/applications/{id}: the whole case (recorded in the access log as a read or a print)."""
        params = {"purpose": purpose} if purpose != "read" else None
        return self.get_json(
            f"/v1/applications/{application_id}", ApplicationPublic, token=token, params=params
        )

    def access_log(self, application_id: int, *, token: str | None = None) -> list[DataAccessPublic]:
        """GET /v1/applications/{id}/access-log (supervisors and admins)."""
        return self.get_json(
            f"/v1/applications/{application_id}/access-log", list[DataAccessPublic], token=token
        )

    def act(
        self,
        application_id: int,
        action: str,
        body: dict[str, Any] | None = None,
        *,
        token: str | None = None,
    ) -> ApplicationPublic | NoticePublic:
        """POST /v1/applications/{id}/{action}: materials, notice, accept, not-accept, withdraw, archive,
        pause, resume, extend. The notice answers with the notice; every other action with the case."""
        if action != "notice" and action not in CASE_ACTIONS:
            raise ValueError(f"unknown case action: {action}")
        model = NoticePublic if action == "notice" else ApplicationPublic
        return self.post_json(f"/v1/applications/{application_id}/{action}", model, body, token=token)

    def issue_notice(self, application_id: int, *, token: str | None = None) -> NoticePublic:
        """POST /v1/applications/{id}/notice: the one-time notice listing every missing material."""
        return self.post_json(f"/v1/applications/{application_id}/notice", NoticePublic, None, token=token)

    def set_items(
        self, application_id: int, item_codes: list[str], *, token: str | None = None
    ) -> ApplicationPublic:
        """PUT /v1/applications/{id}/items: the items chosen after "don't know"."""
        response = self.request(
            "PUT", f"/v1/applications/{application_id}/items", json={"item_codes": item_codes}, token=token
        )
        return ApplicationPublic.model_validate(response.json())

    def post_event(
        self, application_id: int, event: SlipEvent | dict[str, Any], *, token: str | None = None
    ) -> EventReceipt:
        """POST /v1/applications/{id}/events (transfer): a slip event, recorded once per event_id."""
        key = event.event_id if isinstance(event, SlipEvent) else str(event["event_id"])
        return self.post_json(
            f"/v1/applications/{application_id}/events", EventReceipt, event, idempotency_key=key, token=token
        )

    def post_events(self, events: list[dict[str, Any]], *, token: str | None = None) -> EventBatchReceipt:
        """POST /v1/applications/events (transfer): slip events of any cases in one call, in their order,
        each recorded once per event_id; one outcome per event (an event's own error does not fail the rest)."""
        return self.post_json("/v1/applications/events", EventBatchReceipt, {"events": events}, token=token)

    # calendar
    def calendar_year(self, year: int, *, token: str | None = None) -> CalendarYearPublic:
        """GET /v1/calendar/{year}: holidays, make-up working days and where they come from."""
        return self.get_json(f"/v1/calendar/{year}", CalendarYearPublic, token=token)

    def working_days(self, start: str, days: int, *, token: str | None = None) -> DueDatePublic:
        """GET /v1/calendar/working-days: the date `days` working days after `start`."""
        params = {"start": str(start), "days": days}
        return self.get_json("/v1/calendar/working-days", DueDatePublic, params=params, token=token)

    def calendar_notices(self, *, token: str | None = None) -> list[CalendarNoticePublic]:
        """GET /v1/calendar/notices: the State Council notices an administrator loaded."""
        return self.get_json("/v1/calendar/notices", list[CalendarNoticePublic], token=token)

    def upload_calendar_notice(self, body: dict[str, Any], *, token: str | None = None) -> NoticeUploadResult:
        """POST /v1/calendar/notices (admin): store a year's notice and recompute the deadlines it touches."""
        return self.post_json("/v1/calendar/notices", NoticeUploadResult, body, token=token)

    def recomputations(self, *, token: str | None = None) -> list[RecomputationPublic]:
        """GET /v1/calendar/recomputations: the last recomputations after calendar changes."""
        return self.get_json("/v1/calendar/recomputations", list[RecomputationPublic], token=token)

    # the people's side (no token) and supervision
    def progress(self, case_number: str, id_last6: str, *, client_ip: str = "") -> ProgressPublic:
        """GET /v1/public/progress: status and due date of a case, proven by the ID number's last 6."""
        return self.get_json(
            "/v1/public/progress",
            ProgressPublic,
            params={"case_number": case_number, "id_last6": id_last6},
            headers=_forwarded(client_ip),
        )

    def rate(self, body: dict[str, Any], *, client_ip: str = "") -> RatingReceipt:
        """POST /v1/public/ratings: one rating per concluded case."""
        return self.post_json("/v1/public/ratings", RatingReceipt, body, headers=_forwarded(client_ip))

    def complain(self, body: dict[str, Any], *, client_ip: str = "") -> ComplaintReceipt:
        """POST /v1/public/complaints: an online complaint (no token; limited per address)."""
        return self.post_json("/v1/public/complaints", ComplaintReceipt, body, headers=_forwarded(client_ip))

    def record_complaint(self, body: dict[str, Any], *, token: str | None = None) -> ComplaintPublic:
        """POST /v1/complaints: a complaint staff took at the window."""
        return self.post_json("/v1/complaints", ComplaintPublic, body, token=token)

    def complaints(self, *, status: str | None = None, token: str | None = None) -> list[ComplaintPublic]:
        """GET /v1/complaints: the complaint ledger of the caller's region."""
        params = {"status": status} if status else None
        return self.get_json("/v1/complaints", list[ComplaintPublic], params=params, token=token)

    def assign_complaint(
        self, complaint_id: int, handler: str, *, token: str | None = None
    ) -> ComplaintPublic:
        """POST /v1/complaints/{id}/assign (supervisors)."""
        return self.post_json(
            f"/v1/complaints/{complaint_id}/assign", ComplaintPublic, {"handler": handler}, token=token
        )

    def reply_complaint(self, complaint_id: int, reply: str, *, token: str | None = None) -> ComplaintPublic:
        """POST /v1/complaints/{id}/reply."""
        return self.post_json(
            f"/v1/complaints/{complaint_id}/reply", ComplaintPublic, {"reply": reply}, token=token
        )

    def statistics(self, year: int | None = None, *, token: str | None = None) -> StatisticsPublic:
        """GET /v1/statistics: a year's cases by town, item and month."""
        params = {"year": year} if year else None
        return self.get_json("/v1/statistics", StatisticsPublic, params=params, token=token)

    def rating_report(self, *, token: str | None = None) -> RatingReport:
        """GET /v1/ratings/report: ratings by window and by staff member."""
        return self.get_json("/v1/ratings/report", RatingReport, token=token)

    # the visitor and consultation register (来访登记)
    def record_consultation(self, body: dict[str, Any], *, token: str | None = None) -> ConsultationPublic:
        """POST /v1/consultations: the logged-in account is the first responder."""
        return self.post_json("/v1/consultations", ConsultationPublic, body, token=token)

    def consultations(self, *, token: str | None = None, **filters: Any) -> ConsultationPage:
        """GET /v1/consultations with filters (channel, status, staff, item_code, date_from, date_to, overdue, q, page)."""
        return self.get_json("/v1/consultations", ConsultationPage, params=_params(filters), token=token)

    def consultations_csv(self, *, token: str | None = None, **filters: Any) -> str:
        """GET /v1/consultations/export.csv with the same filters."""
        return self.request("GET", "/v1/consultations/export.csv", params=_params(filters), token=token).text

    def consultation_statistics(
        self, year: int | None = None, *, token: str | None = None
    ) -> ConsultationStatistics:
        """GET /v1/consultations/statistics."""
        params = {"year": year} if year else None
        return self.get_json(
            "/v1/consultations/statistics", ConsultationStatistics, params=params, token=token
        )

    def consultation(self, consultation_id: int, *, token: str | None = None) -> ConsultationPublic:
        """GET /v1/consultations/{id} (the read is logged)."""
        return self.get_json(f"/v1/consultations/{consultation_id}", ConsultationPublic, token=token)

    def follow_up_consultation(
        self, consultation_id: int, note: str, *, token: str | None = None
    ) -> ConsultationPublic:
        """POST /v1/consultations/{id}/follow-up."""
        return self.post_json(
            f"/v1/consultations/{consultation_id}/follow-up", ConsultationPublic, {"note": note}, token=token
        )

    def consultation_draft(self, consultation_id: int, *, token: str | None = None) -> ApplicationDraft:
        """GET /v1/consultations/{id}/application-draft: the wizard prefilled."""
        return self.get_json(
            f"/v1/consultations/{consultation_id}/application-draft", ApplicationDraft, token=token
        )

    def convert_consultation(
        self, consultation_id: int, body: dict[str, Any], *, token: str | None = None
    ) -> RegistrationPublic:
        """POST /v1/consultations/{id}/application: register and link in one transaction."""
        return self.post_json(
            f"/v1/consultations/{consultation_id}/application", RegistrationPublic, body, token=token
        )

    # online self-application (网上申请)
    def online_code(self, phone: str, id_number: str, *, client_ip: str = "") -> CodeSent:
        """POST /v1/public/online-applications/verification-codes (the browser's address is limited)."""
        body = {"phone": phone, "id_number": id_number}
        return self.post_json(
            "/v1/public/online-applications/verification-codes", CodeSent, body, headers=_forwarded(client_ip)
        )

    def submit_online(self, body: dict[str, Any], *, client_ip: str = "") -> OnlineReceipt:
        """POST /v1/public/online-applications."""
        return self.post_json(
            "/v1/public/online-applications", OnlineReceipt, body, headers=_forwarded(client_ip)
        )

    def online_queue(self, *, status: str | None = None, token: str | None = None) -> list[OnlineRow]:
        """GET /v1/online-applications: the street's queue, oldest first."""
        params = {"status": status} if status else None
        return self.get_json("/v1/online-applications", list[OnlineRow], params=params, token=token)

    def online_application(self, online_id: int, *, token: str | None = None) -> OnlinePublic:
        """GET /v1/online-applications/{id}."""
        return self.get_json(f"/v1/online-applications/{online_id}", OnlinePublic, token=token)

    def confirm_online(
        self, online_id: int, body: dict[str, Any], *, token: str | None = None
    ) -> RegistrationPublic:
        """POST /v1/online-applications/{id}/confirm: register the case."""
        return self.post_json(
            f"/v1/online-applications/{online_id}/confirm", RegistrationPublic, body, token=token
        )

    def close_online(self, online_id: int, reason: str, *, token: str | None = None) -> OnlinePublic:
        """POST /v1/online-applications/{id}/close."""
        return self.post_json(
            f"/v1/online-applications/{online_id}/close", OnlinePublic, {"reason": reason}, token=token
        )

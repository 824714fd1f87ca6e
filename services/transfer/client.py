"""Typed client for the transfer service: what other services and the web front call.

Every method takes `token=` so the web front can act with the logged-in user's token;
without it the caller's service token is used. Answers are the transfer service's public
schemas (docs/contracts.md, docs/transfer.md); other services import them from here.
"""

from typing import Any

from pydantic import BaseModel

from services.common.http import ServiceClient
from services.transfer.caps.schemas import CapStatus
from services.transfer.deadlines.schemas import (
    PaperworkOutstanding,
    ReminderPublic,
    SupervisionOverview,
    SweepCounts,
)
from services.transfer.delivery.schemas import ReplayResult, SlipDeliveries
from services.transfer.departments.schemas import (
    DepartmentCreated,
    DepartmentEntry,
    DepartmentPublic,
    DepartmentView,
    SecretRotated,
    TokenIssued,
)
from services.transfer.disclosures.schemas import DisclosureList, ObjectionReceipt
from services.transfer.grants.schemas import GrantLine, GrantsSummary
from services.transfer.major.schemas import MajorReportPublic
from services.transfer.slips.schemas import (
    AccessEntry,
    CaseSubmitted,
    EmergencyAidPublic,
    IssuedSlip,
    PaperworkCompleted,
    SlipDetail,
    SlipSummary,
    TimelineEntry,
    Verification,
)

__all__ = [  # the public schemas other services may use
    "AccessEntry",
    "CapStatus",
    "CaseSubmitted",
    "DepartmentCreated",
    "DepartmentEntry",
    "DepartmentPublic",
    "DepartmentView",
    "EmergencyAidPublic",
    "GrantLine",
    "GrantsSummary",
    "IssuedSlip",
    "MajorReportPublic",
    "PaperworkCompleted",
    "PaperworkOutstanding",
    "ReminderPublic",
    "ReplayResult",
    "SecretRotated",
    "SlipDeliveries",
    "SlipDetail",
    "SlipSummary",
    "SupervisionOverview",
    "SweepCounts",
    "TimelineEntry",
    "TokenIssued",
    "TransferClient",
    "Verification",
]
JSON = dict[str, Any]
Body = JSON | BaseModel


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in params.items() if v is not None}


def _json(body: Body) -> JSON:
    return body.model_dump(mode="json", exclude_unset=True) if isinstance(body, BaseModel) else body


class TransferClient(ServiceClient):
    """Calls the transfer service (:8003)."""

    service_name = "transfer"

    def _send(self, method: str, path: str, model: Any, body: Body | None = None, **kwargs) -> Any:
        # POST/PATCH with an optional idempotency key, parsed into the answer's public schema
        response = self.request(method, path, json=_json(body) if body is not None else {}, **kwargs)
        return model.model_validate(response.json())

    # cases and grants (intake and eligibility call these)
    def submit_case(self, payload: Body, idempotency_key: str, *, token: str | None = None) -> CaseSubmitted:
        """POST /v1/cases: issue one slip per item; a repeat with the same key returns the same slips."""
        return self._send(
            "POST", "/v1/cases", CaseSubmitted, payload, idempotency_key=idempotency_key, token=token
        )

    def grants_summary(
        self, id_numbers: list[str], year: int, item_code: str | None = None, *, token: str | None = None
    ) -> GrantsSummary:
        """POST /v1/grants/summary: this household's recorded grants in a calendar year (ID numbers in the body)."""
        body = _clean({"id_numbers": list(id_numbers), "year": year, "item_code": item_code})
        return self.post_json("/v1/grants/summary", GrantsSummary, body, token=token)

    def record_emergency_aid(
        self, case_id: int, body: Body, *, idempotency_key: str | None = None, token: str | None = None
    ) -> EmergencyAidPublic:
        """POST /v1/cases/{case_id}/emergency-aid: who gave what, amount (yuan string)."""
        return self._send(
            "POST",
            f"/v1/cases/{case_id}/emergency-aid",
            EmergencyAidPublic,
            body,
            idempotency_key=idempotency_key,
            token=token,
        )

    def record_emergency_aid_before_acceptance(
        self, case_id: int, body: Body, *, token: str | None = None
    ) -> EmergencyAidPublic:
        """POST /v1/cases/{case_id}/emergency-aid/before-acceptance: intake's call with the registered case."""
        return self._send(
            "POST",
            f"/v1/cases/{case_id}/emergency-aid/before-acceptance",
            EmergencyAidPublic,
            body,
            token=token,
        )

    def slip_caps(self, slip_id: int, *, on: str | None = None, token: str | None = None) -> CapStatus:
        """GET /v1/slips/{slip_id}/caps: the household's 临时救助 times and money this year, and what is left."""
        return self.get_json(f"/v1/slips/{slip_id}/caps", CapStatus, params=_clean({"on": on}), token=token)

    def case_caps(self, case_id: int, *, on: str | None = None, token: str | None = None) -> CapStatus:
        """GET /v1/cases/{case_id}/caps: the same figures by case (the window, before emergency aid)."""
        return self.get_json(f"/v1/cases/{case_id}/caps", CapStatus, params=_clean({"on": on}), token=token)

    def report_major_case(self, case_id: int, body: Body, *, token: str | None = None) -> MajorReportPublic:
        """POST /v1/cases/{case_id}/major-report: 情况重大, reported to the district government."""
        return self._send("POST", f"/v1/cases/{case_id}/major-report", MajorReportPublic, body, token=token)

    def acknowledge_major_case(
        self, case_id: int, body: Body, *, token: str | None = None
    ) -> MajorReportPublic:
        """POST /v1/cases/{case_id}/major-report/acknowledgement: the district government received it."""
        path = f"/v1/cases/{case_id}/major-report/acknowledgement"
        return self._send("POST", path, MajorReportPublic, body, token=token)

    def major_report(self, case_id: int, *, token: str | None = None) -> MajorReportPublic:
        """GET /v1/cases/{case_id}/major-report (404 when the case was not reported)."""
        return self.get_json(f"/v1/cases/{case_id}/major-report", MajorReportPublic, token=token)

    def complete_paperwork(self, case_id: int, *, token: str | None = None) -> PaperworkCompleted:
        """POST /v1/cases/{case_id}/paperwork-completed: an emergency case's 补齐手续 is done."""
        return self._send("POST", f"/v1/cases/{case_id}/paperwork-completed", PaperworkCompleted, token=token)

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
    ) -> list[SlipSummary]:
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
        return self.get_json("/v1/slips", list[SlipSummary], params=params, token=token)

    def get_slip(self, slip_id: int, *, token: str | None = None) -> SlipDetail:
        """GET /v1/slips/{id}: the slip with its timeline (the read is audited)."""
        return self.get_json(f"/v1/slips/{slip_id}", SlipDetail, token=token)

    def access_log(self, slip_id: int, *, token: str | None = None) -> list[AccessEntry]:
        """GET /v1/slips/{id}/access-log: who read the slip's personal details (supervisors, admins)."""
        return self.get_json(f"/v1/slips/{slip_id}/access-log", list[AccessEntry], token=token)

    def post_event(
        self, slip_id: int, event: Body, idempotency_key: str | None = None, *, token: str | None = None
    ) -> SlipDetail:
        """POST /v1/slips/{id}/events: acknowledged | opinion | result | feedback | returned."""
        return self._send(
            "POST",
            f"/v1/slips/{slip_id}/events",
            SlipDetail,
            event,
            idempotency_key=idempotency_key,
            token=token,
        )

    def forward_slip(
        self, slip_id: int, body: Body, *, idempotency_key: str | None = None, token: str | None = None
    ) -> SlipDetail:
        """POST /v1/slips/{id}/forward: the district window passes an escalate slip on (hand_over/assign/refer)."""
        return self._send(
            "POST",
            f"/v1/slips/{slip_id}/forward",
            SlipDetail,
            body,
            idempotency_key=idempotency_key,
            token=token,
        )

    def reroute_slip(
        self, slip_id: int, body: Body, *, idempotency_key: str | None = None, token: str | None = None
    ) -> SlipDetail:
        """POST /v1/slips/{id}/reroute: the sender issues a new slip for a returned one."""
        return self._send(
            "POST",
            f"/v1/slips/{slip_id}/reroute",
            SlipDetail,
            body,
            idempotency_key=idempotency_key,
            token=token,
        )

    def deliveries(self, slip_id: int, *, token: str | None = None) -> SlipDeliveries:
        """GET /v1/slips/{id}/deliveries: the slip's webhook messages and every delivery attempt."""
        return self.get_json(f"/v1/slips/{slip_id}/deliveries", SlipDeliveries, token=token)

    def replay_deliveries(self, slip_id: int, *, token: str | None = None) -> ReplayResult:
        """POST /v1/slips/{id}/deliveries/replay: send failed or exhausted messages again."""
        return self._send("POST", f"/v1/slips/{slip_id}/deliveries/replay", ReplayResult, token=token)

    def supervision(self, *, region: str | None = None, token: str | None = None) -> SupervisionOverview:
        """GET /v1/supervision: overdue and near-due slips, reminders and supervision records."""
        return self.get_json(
            "/v1/supervision", SupervisionOverview, params=_clean({"region": region}), token=token
        )

    def run_sweep(self, *, token: str | None = None) -> SweepCounts:
        """POST /v1/supervision/sweep: remind and supervise now instead of waiting for the worker."""
        return self._send("POST", "/v1/supervision/sweep", SweepCounts, token=token)

    def verify(self, code: str, *, token: str | None = None) -> Verification:
        """GET /verify/{code}: is this paper slip genuine, and where is it now."""
        return self.get_json(f"/verify/{code}", Verification, token=token)

    # departments
    def list_departments(
        self, *, region: str | None = None, type: str | None = None, token: str | None = None
    ) -> list[DepartmentView]:
        """GET /v1/departments: endpoint and handlers only for administrators and the department itself."""
        return self.get_json(
            "/v1/departments",
            list[DepartmentView],
            params=_clean({"region": region, "type": type}),
            token=token,
        )

    def get_department(self, department_id: str, *, token: str | None = None) -> DepartmentView:
        """GET /v1/departments/{id}: `DepartmentEntry` unless an administrator or the department itself."""
        return self.get_json(f"/v1/departments/{department_id}", DepartmentView, token=token)

    def create_department(self, body: Body, *, token: str | None = None) -> DepartmentCreated:
        """POST /v1/departments; a callback-mode answer carries its secret and token once."""
        return self._send("POST", "/v1/departments", DepartmentCreated, body, token=token)

    def update_department(
        self, department_id: str, body: Body, *, token: str | None = None
    ) -> DepartmentPublic:
        """PATCH /v1/departments/{id}: handlers, A away, callback URL, mode, re-enable."""
        return self._send("PATCH", f"/v1/departments/{department_id}", DepartmentPublic, body, token=token)

    def rotate_secret(
        self, department_id: str, *, overlap_hours: int | None = None, token: str | None = None
    ) -> SecretRotated:
        """POST /v1/departments/{id}/signing-secret: a new whsec_ secret (shown once); the old one overlaps."""
        body = _clean({"overlap_hours": overlap_hours})
        return self._send(
            "POST", f"/v1/departments/{department_id}/signing-secret", SecretRotated, body, token=token
        )

    def issue_partner_token(self, department_id: str, *, token: str | None = None) -> TokenIssued:
        """POST /v1/departments/{id}/client-token: a new partner token (shown once; the old one revoked)."""
        return self._send("POST", f"/v1/departments/{department_id}/client-token", TokenIssued, token=token)

    # 公示 (public, no token needed; the web front passes the browser's address for the limit)
    def disclosures(
        self, *, street: str | None = None, item_code: str | None = None, client_ip: str = ""
    ) -> DisclosureList:
        """GET /v1/public/disclosures: approved assistance of the period, names masked."""
        params = {k: v for k, v in {"street": street, "item_code": item_code}.items() if v}
        headers = {"x-forwarded-for": client_ip} if client_ip else None
        return self.get_json("/v1/public/disclosures", DisclosureList, params=params, headers=headers)

    def lodge_objection(self, body: Body, *, client_ip: str = "") -> ObjectionReceipt:
        """POST /v1/public/disclosures/objections: an objection from the public."""
        headers = {"x-forwarded-for": client_ip} if client_ip else None
        return self._send(
            "POST", "/v1/public/disclosures/objections", ObjectionReceipt, body, headers=headers
        )

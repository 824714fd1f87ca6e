from typing import Literal

CaseEventKind = Literal[
    "approval_decided",
    "approval_voted",
    "authorisation_recorded",
    "benefit_stopped",
    "denial_delivered",
    "disclosure_closed",
    "disclosure_started",
    "emergency_aid_recorded",
    "evaluation_stored",
    "feedback_given",
    "grant_recorded",
    "investigation_recorded",
    "investigators_assigned",
    "major_case_acknowledged",
    "major_case_reported",
    "objection_recorded",
    "opinion_given",
    "paperwork_completed",
    "payment_failed",
    "payment_paid",
    "procedure_started",
    "reminder_sent",
    "result_given",
    "review_recorded",
    "slip_acknowledged",
    "slip_delivered",
    "slip_issued",
    "slip_returned",
    "supervision_opened",
    "verification_answered",
    "verification_requested",
]

CASE_EVENT_KIND_VALUES: set[CaseEventKind] = {
    "approval_decided",
    "approval_voted",
    "authorisation_recorded",
    "benefit_stopped",
    "denial_delivered",
    "disclosure_closed",
    "disclosure_started",
    "emergency_aid_recorded",
    "evaluation_stored",
    "feedback_given",
    "grant_recorded",
    "investigation_recorded",
    "investigators_assigned",
    "major_case_acknowledged",
    "major_case_reported",
    "objection_recorded",
    "opinion_given",
    "paperwork_completed",
    "payment_failed",
    "payment_paid",
    "procedure_started",
    "reminder_sent",
    "result_given",
    "review_recorded",
    "slip_acknowledged",
    "slip_delivered",
    "slip_issued",
    "slip_returned",
    "supervision_opened",
    "verification_answered",
    "verification_requested",
}


def check_case_event_kind(value: str) -> CaseEventKind:
    if value in CASE_EVENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASE_EVENT_KIND_VALUES!r}"
    )

from typing import Literal

CaseEventKind = Literal[
    "benefit_stopped",
    "emergency_aid_recorded",
    "feedback_given",
    "grant_recorded",
    "opinion_given",
    "paperwork_completed",
    "reminder_sent",
    "result_given",
    "slip_acknowledged",
    "slip_delivered",
    "slip_issued",
    "slip_returned",
    "supervision_opened",
]

CASE_EVENT_KIND_VALUES: set[CaseEventKind] = {
    "benefit_stopped",
    "emergency_aid_recorded",
    "feedback_given",
    "grant_recorded",
    "opinion_given",
    "paperwork_completed",
    "reminder_sent",
    "result_given",
    "slip_acknowledged",
    "slip_delivered",
    "slip_issued",
    "slip_returned",
    "supervision_opened",
}


def check_case_event_kind(value: str) -> CaseEventKind:
    if value in CASE_EVENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASE_EVENT_KIND_VALUES!r}"
    )

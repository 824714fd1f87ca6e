from typing import Literal

SlipEventKind = Literal[
    "acknowledged",
    "benefit_stopped",
    "delivered",
    "emergency_aid_recorded",
    "feedback",
    "forwarded",
    "grant",
    "handler_changed",
    "issued",
    "major_case_acknowledged",
    "major_case_reported",
    "opinion",
    "paperwork_completed",
    "payment_failed",
    "payment_paid",
    "procedure",
    "reminder",
    "rerouted",
    "result",
    "returned",
    "review_decided",
    "roster",
    "supervision",
]

SLIP_EVENT_KIND_VALUES: set[SlipEventKind] = {
    "acknowledged",
    "benefit_stopped",
    "delivered",
    "emergency_aid_recorded",
    "feedback",
    "forwarded",
    "grant",
    "handler_changed",
    "issued",
    "major_case_acknowledged",
    "major_case_reported",
    "opinion",
    "paperwork_completed",
    "payment_failed",
    "payment_paid",
    "procedure",
    "reminder",
    "rerouted",
    "result",
    "returned",
    "review_decided",
    "roster",
    "supervision",
}


def check_slip_event_kind(value: str) -> SlipEventKind:
    if value in SLIP_EVENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_EVENT_KIND_VALUES!r}"
    )

from typing import Literal

SlipEventKind = Literal[
    "acknowledged",
    "delivered",
    "emergency_aid_recorded",
    "feedback",
    "forwarded",
    "grant",
    "handler_changed",
    "issued",
    "opinion",
    "paperwork_completed",
    "procedure",
    "reminder",
    "rerouted",
    "result",
    "returned",
    "supervision",
]

SLIP_EVENT_KIND_VALUES: set[SlipEventKind] = {
    "acknowledged",
    "delivered",
    "emergency_aid_recorded",
    "feedback",
    "forwarded",
    "grant",
    "handler_changed",
    "issued",
    "opinion",
    "paperwork_completed",
    "procedure",
    "reminder",
    "rerouted",
    "result",
    "returned",
    "supervision",
}


def check_slip_event_kind(value: str) -> SlipEventKind:
    if value in SLIP_EVENT_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_EVENT_KIND_VALUES!r}"
    )

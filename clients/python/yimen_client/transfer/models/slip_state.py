from typing import Literal

SlipState = Literal[
    "acknowledged",
    "delivered",
    "feedback_given",
    "forwarded",
    "handled",
    "issued",
    "opinion_given",
    "returned",
]

SLIP_STATE_VALUES: set[SlipState] = {
    "acknowledged",
    "delivered",
    "feedback_given",
    "forwarded",
    "handled",
    "issued",
    "opinion_given",
    "returned",
}


def check_slip_state(value: str) -> SlipState:
    if value in SLIP_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_STATE_VALUES!r}"
    )

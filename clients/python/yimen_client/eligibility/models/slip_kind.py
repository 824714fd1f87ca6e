from typing import Literal

SlipKind = Literal["assign", "dispatch", "escalate", "hand_over", "refer"]

SLIP_KIND_VALUES: set[SlipKind] = {
    "assign",
    "dispatch",
    "escalate",
    "hand_over",
    "refer",
}


def check_slip_kind(value: str) -> SlipKind:
    if value in SLIP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SLIP_KIND_VALUES!r}")

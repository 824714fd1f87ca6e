from typing import Literal

ConsultationStatus = Literal["answered", "converted", "follow_up", "followed_up"]

CONSULTATION_STATUS_VALUES: set[ConsultationStatus] = {
    "answered",
    "converted",
    "follow_up",
    "followed_up",
}


def check_consultation_status(value: str) -> ConsultationStatus:
    if value in CONSULTATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONSULTATION_STATUS_VALUES!r}"
    )

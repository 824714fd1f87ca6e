from typing import Literal

ConsultationChannel = Literal["online", "outreach", "phone", "visit"]

CONSULTATION_CHANNEL_VALUES: set[ConsultationChannel] = {
    "online",
    "outreach",
    "phone",
    "visit",
}


def check_consultation_channel(value: str) -> ConsultationChannel:
    if value in CONSULTATION_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONSULTATION_CHANNEL_VALUES!r}"
    )

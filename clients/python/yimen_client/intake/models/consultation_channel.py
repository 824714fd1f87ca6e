from typing import Literal

ConsultationChannel = Literal["online", "phone", "visit"]

CONSULTATION_CHANNEL_VALUES: set[ConsultationChannel] = {
    "online",
    "phone",
    "visit",
}


def check_consultation_channel(value: str) -> ConsultationChannel:
    if value in CONSULTATION_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONSULTATION_CHANNEL_VALUES!r}"
    )

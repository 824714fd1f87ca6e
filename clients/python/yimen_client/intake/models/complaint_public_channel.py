from typing import Literal

ComplaintPublicChannel = Literal["online", "window"]

COMPLAINT_PUBLIC_CHANNEL_VALUES: set[ComplaintPublicChannel] = {
    "online",
    "window",
}


def check_complaint_public_channel(value: str) -> ComplaintPublicChannel:
    if value in COMPLAINT_PUBLIC_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLAINT_PUBLIC_CHANNEL_VALUES!r}"
    )

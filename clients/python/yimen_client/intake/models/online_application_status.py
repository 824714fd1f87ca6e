from typing import Literal

OnlineApplicationStatus = Literal["closed", "confirmed", "submitted"]

ONLINE_APPLICATION_STATUS_VALUES: set[OnlineApplicationStatus] = {
    "closed",
    "confirmed",
    "submitted",
}


def check_online_application_status(value: str) -> OnlineApplicationStatus:
    if value in ONLINE_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ONLINE_APPLICATION_STATUS_VALUES!r}"
    )

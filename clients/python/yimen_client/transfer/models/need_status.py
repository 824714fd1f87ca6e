from typing import Literal

NeedStatus = Literal["open", "taken", "withdrawn"]

NEED_STATUS_VALUES: set[NeedStatus] = {
    "open",
    "taken",
    "withdrawn",
}


def check_need_status(value: str) -> NeedStatus:
    if value in NEED_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEED_STATUS_VALUES!r}"
    )

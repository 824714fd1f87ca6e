from typing import Literal

ComplaintPublicStatus = Literal["open", "replied"]

COMPLAINT_PUBLIC_STATUS_VALUES: set[ComplaintPublicStatus] = {
    "open",
    "replied",
}


def check_complaint_public_status(value: str) -> ComplaintPublicStatus:
    if value in COMPLAINT_PUBLIC_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLAINT_PUBLIC_STATUS_VALUES!r}"
    )

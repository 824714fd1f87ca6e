from typing import Literal

SlipMessageType = Literal["slip.issued", "slip.reminder", "slip.supervision"]

SLIP_MESSAGE_TYPE_VALUES: set[SlipMessageType] = {
    "slip.issued",
    "slip.reminder",
    "slip.supervision",
}


def check_slip_message_type(value: str) -> SlipMessageType:
    if value in SLIP_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_MESSAGE_TYPE_VALUES!r}"
    )

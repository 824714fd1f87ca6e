from typing import Literal

MessageStateStatus = Literal["dead", "delivered", "held", "pending"]

MESSAGE_STATE_STATUS_VALUES: set[MessageStateStatus] = {
    "dead",
    "delivered",
    "held",
    "pending",
}


def check_message_state_status(value: str) -> MessageStateStatus:
    if value in MESSAGE_STATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_STATE_STATUS_VALUES!r}"
    )

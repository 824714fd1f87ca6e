from typing import Literal

SlipMessageDataLevelType0 = Literal["reminder", "supervision"]

SLIP_MESSAGE_DATA_LEVEL_TYPE_0_VALUES: set[SlipMessageDataLevelType0] = {
    "reminder",
    "supervision",
}


def check_slip_message_data_level_type_0(value: str) -> SlipMessageDataLevelType0:
    if value in SLIP_MESSAGE_DATA_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_MESSAGE_DATA_LEVEL_TYPE_0_VALUES!r}"
    )

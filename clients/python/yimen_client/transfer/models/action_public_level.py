from typing import Literal

ActionPublicLevel = Literal["reminder", "supervision"]

ACTION_PUBLIC_LEVEL_VALUES: set[ActionPublicLevel] = {
    "reminder",
    "supervision",
}


def check_action_public_level(value: str) -> ActionPublicLevel:
    if value in ACTION_PUBLIC_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_PUBLIC_LEVEL_VALUES!r}"
    )

from typing import Literal

ActionCreateLevel = Literal["reminder", "supervision"]

ACTION_CREATE_LEVEL_VALUES: set[ActionCreateLevel] = {
    "reminder",
    "supervision",
}


def check_action_create_level(value: str) -> ActionCreateLevel:
    if value in ACTION_CREATE_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_CREATE_LEVEL_VALUES!r}"
    )

from typing import Literal

RegisteredCaseWindowLevel = Literal["district", "town"]

REGISTERED_CASE_WINDOW_LEVEL_VALUES: set[RegisteredCaseWindowLevel] = {
    "district",
    "town",
}


def check_registered_case_window_level(value: str) -> RegisteredCaseWindowLevel:
    if value in REGISTERED_CASE_WINDOW_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTERED_CASE_WINDOW_LEVEL_VALUES!r}"
    )

from typing import Literal

HandlingLevel = Literal["district", "town"]

HANDLING_LEVEL_VALUES: set[HandlingLevel] = {
    "district",
    "town",
}


def check_handling_level(value: str) -> HandlingLevel:
    if value in HANDLING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HANDLING_LEVEL_VALUES!r}"
    )

from typing import Literal

ApplicationPublicWindowLevel = Literal["district", "town"]

APPLICATION_PUBLIC_WINDOW_LEVEL_VALUES: set[ApplicationPublicWindowLevel] = {
    "district",
    "town",
}


def check_application_public_window_level(value: str) -> ApplicationPublicWindowLevel:
    if value in APPLICATION_PUBLIC_WINDOW_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_PUBLIC_WINDOW_LEVEL_VALUES!r}"
    )

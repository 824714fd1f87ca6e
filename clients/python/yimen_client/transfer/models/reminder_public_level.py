from typing import Literal

ReminderPublicLevel = Literal["reminder", "supervision"]

REMINDER_PUBLIC_LEVEL_VALUES: set[ReminderPublicLevel] = {
    "reminder",
    "supervision",
}


def check_reminder_public_level(value: str) -> ReminderPublicLevel:
    if value in REMINDER_PUBLIC_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMINDER_PUBLIC_LEVEL_VALUES!r}"
    )

from typing import Literal

ApplicationStatus = Literal[
    "accepted",
    "archived",
    "awaiting_materials",
    "concluded",
    "draft",
    "in_progress",
    "not_accepted",
    "withdrawn",
]

APPLICATION_STATUS_VALUES: set[ApplicationStatus] = {
    "accepted",
    "archived",
    "awaiting_materials",
    "concluded",
    "draft",
    "in_progress",
    "not_accepted",
    "withdrawn",
}


def check_application_status(value: str) -> ApplicationStatus:
    if value in APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_STATUS_VALUES!r}"
    )

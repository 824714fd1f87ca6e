from typing import Literal

Role = Literal[
    "admin",
    "agent",
    "department_staff",
    "grid_worker",
    "partner",
    "service",
    "supervisor",
    "window_staff",
]

ROLE_VALUES: set[Role] = {
    "admin",
    "agent",
    "department_staff",
    "grid_worker",
    "partner",
    "service",
    "supervisor",
    "window_staff",
}


def check_role(value: str) -> Role:
    if value in ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_VALUES!r}")

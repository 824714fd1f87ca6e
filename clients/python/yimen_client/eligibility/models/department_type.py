from typing import Literal

DepartmentType = Literal[
    "civil_affairs",
    "disabled_federation",
    "education",
    "emergency_management",
    "health_insurance",
    "housing",
    "human_resources",
    "social_organisation",
    "verification",
]

DEPARTMENT_TYPE_VALUES: set[DepartmentType] = {
    "civil_affairs",
    "disabled_federation",
    "education",
    "emergency_management",
    "health_insurance",
    "housing",
    "human_resources",
    "social_organisation",
    "verification",
}


def check_department_type(value: str) -> DepartmentType:
    if value in DEPARTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_TYPE_VALUES!r}"
    )

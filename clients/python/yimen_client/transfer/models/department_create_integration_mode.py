from typing import Literal

DepartmentCreateIntegrationMode = Literal["callback", "web"]

DEPARTMENT_CREATE_INTEGRATION_MODE_VALUES: set[DepartmentCreateIntegrationMode] = {
    "callback",
    "web",
}


def check_department_create_integration_mode(
    value: str,
) -> DepartmentCreateIntegrationMode:
    if value in DEPARTMENT_CREATE_INTEGRATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_CREATE_INTEGRATION_MODE_VALUES!r}"
    )

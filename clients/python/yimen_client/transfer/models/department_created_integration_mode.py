from typing import Literal

DepartmentCreatedIntegrationMode = Literal["callback", "web"]

DEPARTMENT_CREATED_INTEGRATION_MODE_VALUES: set[DepartmentCreatedIntegrationMode] = {
    "callback",
    "web",
}


def check_department_created_integration_mode(
    value: str,
) -> DepartmentCreatedIntegrationMode:
    if value in DEPARTMENT_CREATED_INTEGRATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_CREATED_INTEGRATION_MODE_VALUES!r}"
    )

from typing import Literal

DepartmentPublicIntegrationMode = Literal["callback", "web"]

DEPARTMENT_PUBLIC_INTEGRATION_MODE_VALUES: set[DepartmentPublicIntegrationMode] = {
    "callback",
    "web",
}


def check_department_public_integration_mode(
    value: str,
) -> DepartmentPublicIntegrationMode:
    if value in DEPARTMENT_PUBLIC_INTEGRATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_PUBLIC_INTEGRATION_MODE_VALUES!r}"
    )

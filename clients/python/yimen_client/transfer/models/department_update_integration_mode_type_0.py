from typing import Literal

DepartmentUpdateIntegrationModeType0 = Literal["callback", "web"]

DEPARTMENT_UPDATE_INTEGRATION_MODE_TYPE_0_VALUES: set[
    DepartmentUpdateIntegrationModeType0
] = {
    "callback",
    "web",
}


def check_department_update_integration_mode_type_0(
    value: str,
) -> DepartmentUpdateIntegrationModeType0:
    if value in DEPARTMENT_UPDATE_INTEGRATION_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_UPDATE_INTEGRATION_MODE_TYPE_0_VALUES!r}"
    )

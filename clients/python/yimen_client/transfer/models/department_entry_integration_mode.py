from typing import Literal

DepartmentEntryIntegrationMode = Literal["callback", "web"]

DEPARTMENT_ENTRY_INTEGRATION_MODE_VALUES: set[DepartmentEntryIntegrationMode] = {
    "callback",
    "web",
}


def check_department_entry_integration_mode(
    value: str,
) -> DepartmentEntryIntegrationMode:
    if value in DEPARTMENT_ENTRY_INTEGRATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENT_ENTRY_INTEGRATION_MODE_VALUES!r}"
    )

from typing import Literal

ApplicationsGetPurpose = Literal["print", "read"]

APPLICATIONS_GET_PURPOSE_VALUES: set[ApplicationsGetPurpose] = {
    "print",
    "read",
}


def check_applications_get_purpose(value: str) -> ApplicationsGetPurpose:
    if value in APPLICATIONS_GET_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATIONS_GET_PURPOSE_VALUES!r}"
    )

from typing import Literal

ParameterPublicUnit = Literal["count", "money"]

PARAMETER_PUBLIC_UNIT_VALUES: set[ParameterPublicUnit] = {
    "count",
    "money",
}


def check_parameter_public_unit(value: str) -> ParameterPublicUnit:
    if value in PARAMETER_PUBLIC_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAMETER_PUBLIC_UNIT_VALUES!r}"
    )

from typing import Literal

ParameterWriteUnitType0 = Literal["count", "money"]

PARAMETER_WRITE_UNIT_TYPE_0_VALUES: set[ParameterWriteUnitType0] = {
    "count",
    "money",
}


def check_parameter_write_unit_type_0(value: str) -> ParameterWriteUnitType0:
    if value in PARAMETER_WRITE_UNIT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PARAMETER_WRITE_UNIT_TYPE_0_VALUES!r}"
    )

from typing import Literal

SlipDetailResultType0 = Literal["approved", "denied"]

SLIP_DETAIL_RESULT_TYPE_0_VALUES: set[SlipDetailResultType0] = {
    "approved",
    "denied",
}


def check_slip_detail_result_type_0(value: str) -> SlipDetailResultType0:
    if value in SLIP_DETAIL_RESULT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_DETAIL_RESULT_TYPE_0_VALUES!r}"
    )

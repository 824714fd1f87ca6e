from typing import Literal

SlipDetailDueKindType0 = Literal["feedback", "handling", "opinion"]

SLIP_DETAIL_DUE_KIND_TYPE_0_VALUES: set[SlipDetailDueKindType0] = {
    "feedback",
    "handling",
    "opinion",
}


def check_slip_detail_due_kind_type_0(value: str) -> SlipDetailDueKindType0:
    if value in SLIP_DETAIL_DUE_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_DETAIL_DUE_KIND_TYPE_0_VALUES!r}"
    )

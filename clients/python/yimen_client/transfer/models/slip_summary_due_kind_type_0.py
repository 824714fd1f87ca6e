from typing import Literal

SlipSummaryDueKindType0 = Literal["feedback", "handling", "opinion"]

SLIP_SUMMARY_DUE_KIND_TYPE_0_VALUES: set[SlipSummaryDueKindType0] = {
    "feedback",
    "handling",
    "opinion",
}


def check_slip_summary_due_kind_type_0(value: str) -> SlipSummaryDueKindType0:
    if value in SLIP_SUMMARY_DUE_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SLIP_SUMMARY_DUE_KIND_TYPE_0_VALUES!r}"
    )

from typing import Literal

CaseType = Literal["immediate", "joint", "promised", "report_up"]

CASE_TYPE_VALUES: set[CaseType] = {
    "immediate",
    "joint",
    "promised",
    "report_up",
}


def check_case_type(value: str) -> CaseType:
    if value in CASE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_TYPE_VALUES!r}")

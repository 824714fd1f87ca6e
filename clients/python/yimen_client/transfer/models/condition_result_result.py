from typing import Literal

ConditionResultResult = Literal["failed", "passed", "unknown"]

CONDITION_RESULT_RESULT_VALUES: set[ConditionResultResult] = {
    "failed",
    "passed",
    "unknown",
}


def check_condition_result_result(value: str) -> ConditionResultResult:
    if value in CONDITION_RESULT_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONDITION_RESULT_RESULT_VALUES!r}"
    )

from typing import Literal

ResultOutcome = Literal["approved", "denied"]

RESULT_OUTCOME_VALUES: set[ResultOutcome] = {
    "approved",
    "denied",
}


def check_result_outcome(value: str) -> ResultOutcome:
    if value in RESULT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESULT_OUTCOME_VALUES!r}"
    )

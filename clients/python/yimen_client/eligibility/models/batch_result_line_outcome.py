from typing import Literal

BatchResultLineOutcome = Literal["eligible", "ineligible", "needs_facts"]

BATCH_RESULT_LINE_OUTCOME_VALUES: set[BatchResultLineOutcome] = {
    "eligible",
    "ineligible",
    "needs_facts",
}


def check_batch_result_line_outcome(value: str) -> BatchResultLineOutcome:
    if value in BATCH_RESULT_LINE_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_RESULT_LINE_OUTCOME_VALUES!r}"
    )

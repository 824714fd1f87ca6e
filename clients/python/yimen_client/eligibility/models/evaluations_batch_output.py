from typing import Literal

EvaluationsBatchOutput = Literal["csv", "ndjson"]

EVALUATIONS_BATCH_OUTPUT_VALUES: set[EvaluationsBatchOutput] = {
    "csv",
    "ndjson",
}


def check_evaluations_batch_output(value: str) -> EvaluationsBatchOutput:
    if value in EVALUATIONS_BATCH_OUTPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATIONS_BATCH_OUTPUT_VALUES!r}"
    )

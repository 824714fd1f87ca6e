from typing import Literal

EvaluationResultOutcome = Literal["eligible", "ineligible", "needs_facts"]

EVALUATION_RESULT_OUTCOME_VALUES: set[EvaluationResultOutcome] = {
    "eligible",
    "ineligible",
    "needs_facts",
}


def check_evaluation_result_outcome(value: str) -> EvaluationResultOutcome:
    if value in EVALUATION_RESULT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATION_RESULT_OUTCOME_VALUES!r}"
    )

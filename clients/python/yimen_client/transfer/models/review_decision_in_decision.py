from typing import Literal

ReviewDecisionInDecision = Literal["adjust", "continue", "stop"]

REVIEW_DECISION_IN_DECISION_VALUES: set[ReviewDecisionInDecision] = {
    "adjust",
    "continue",
    "stop",
}


def check_review_decision_in_decision(value: str) -> ReviewDecisionInDecision:
    if value in REVIEW_DECISION_IN_DECISION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVIEW_DECISION_IN_DECISION_VALUES!r}"
    )

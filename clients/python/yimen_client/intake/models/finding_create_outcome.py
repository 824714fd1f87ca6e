from typing import Literal

FindingCreateOutcome = Literal["ok", "problem"]

FINDING_CREATE_OUTCOME_VALUES: set[FindingCreateOutcome] = {
    "ok",
    "problem",
}


def check_finding_create_outcome(value: str) -> FindingCreateOutcome:
    if value in FINDING_CREATE_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINDING_CREATE_OUTCOME_VALUES!r}"
    )

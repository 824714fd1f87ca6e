from typing import Literal

DeliveryAttemptOutcome = Literal["dead", "delivered", "failed", "skipped"]

DELIVERY_ATTEMPT_OUTCOME_VALUES: set[DeliveryAttemptOutcome] = {
    "dead",
    "delivered",
    "failed",
    "skipped",
}


def check_delivery_attempt_outcome(value: str) -> DeliveryAttemptOutcome:
    if value in DELIVERY_ATTEMPT_OUTCOME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_ATTEMPT_OUTCOME_VALUES!r}"
    )

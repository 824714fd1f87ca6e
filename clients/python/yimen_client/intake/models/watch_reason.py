from typing import Literal

WatchReason = Literal["benefit_stopped", "manual", "not_accepted", "visit_risk"]

WATCH_REASON_VALUES: set[WatchReason] = {
    "benefit_stopped",
    "manual",
    "not_accepted",
    "visit_risk",
}


def check_watch_reason(value: str) -> WatchReason:
    if value in WATCH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WATCH_REASON_VALUES!r}"
    )

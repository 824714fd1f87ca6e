from typing import Literal

RiskLevel = Literal["high", "low", "medium"]

RISK_LEVEL_VALUES: set[RiskLevel] = {
    "high",
    "low",
    "medium",
}


def check_risk_level(value: str) -> RiskLevel:
    if value in RISK_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RISK_LEVEL_VALUES!r}"
    )

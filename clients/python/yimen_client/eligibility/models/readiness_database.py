from typing import Literal

ReadinessDatabase = Literal["down", "ok"]

READINESS_DATABASE_VALUES: set[ReadinessDatabase] = {
    "down",
    "ok",
}


def check_readiness_database(value: str) -> ReadinessDatabase:
    if value in READINESS_DATABASE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READINESS_DATABASE_VALUES!r}"
    )

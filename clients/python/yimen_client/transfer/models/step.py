from typing import Literal

Step = Literal[
    "approval", "authorisation", "disclosure", "investigation", "review", "verification"
]

STEP_VALUES: set[Step] = {
    "approval",
    "authorisation",
    "disclosure",
    "investigation",
    "review",
    "verification",
}


def check_step(value: str) -> Step:
    if value in STEP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_VALUES!r}")

from typing import Literal

CaseSubmitWindowLevel = Literal["district", "town"]

CASE_SUBMIT_WINDOW_LEVEL_VALUES: set[CaseSubmitWindowLevel] = {
    "district",
    "town",
}


def check_case_submit_window_level(value: str) -> CaseSubmitWindowLevel:
    if value in CASE_SUBMIT_WINDOW_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CASE_SUBMIT_WINDOW_LEVEL_VALUES!r}"
    )

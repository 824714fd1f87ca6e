from typing import Literal

DuplicateFindingSource = Literal["case", "grant"]

DUPLICATE_FINDING_SOURCE_VALUES: set[DuplicateFindingSource] = {
    "case",
    "grant",
}


def check_duplicate_finding_source(value: str) -> DuplicateFindingSource:
    if value in DUPLICATE_FINDING_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUPLICATE_FINDING_SOURCE_VALUES!r}"
    )

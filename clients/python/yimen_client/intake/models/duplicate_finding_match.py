from typing import Literal

DuplicateFindingMatch = Literal["exclusive", "same_item"]

DUPLICATE_FINDING_MATCH_VALUES: set[DuplicateFindingMatch] = {
    "exclusive",
    "same_item",
}


def check_duplicate_finding_match(value: str) -> DuplicateFindingMatch:
    if value in DUPLICATE_FINDING_MATCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUPLICATE_FINDING_MATCH_VALUES!r}"
    )

from typing import Literal

PausePublicKind = Literal["applicant", "report_up"]

PAUSE_PUBLIC_KIND_VALUES: set[PausePublicKind] = {
    "applicant",
    "report_up",
}


def check_pause_public_kind(value: str) -> PausePublicKind:
    if value in PAUSE_PUBLIC_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAUSE_PUBLIC_KIND_VALUES!r}"
    )

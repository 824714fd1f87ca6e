from typing import Literal

PauseRequestKind = Literal["applicant", "report_up"]

PAUSE_REQUEST_KIND_VALUES: set[PauseRequestKind] = {
    "applicant",
    "report_up",
}


def check_pause_request_kind(value: str) -> PauseRequestKind:
    if value in PAUSE_REQUEST_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAUSE_REQUEST_KIND_VALUES!r}"
    )

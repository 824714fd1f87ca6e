from typing import Literal

HomeServiceReason = Literal["disabled", "elderly", "other", "sick"]

HOME_SERVICE_REASON_VALUES: set[HomeServiceReason] = {
    "disabled",
    "elderly",
    "other",
    "sick",
}


def check_home_service_reason(value: str) -> HomeServiceReason:
    if value in HOME_SERVICE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOME_SERVICE_REASON_VALUES!r}"
    )

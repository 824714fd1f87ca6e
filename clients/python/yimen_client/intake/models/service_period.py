from typing import Literal

ServicePeriod = Literal["extended", "lunch", "regular", "weekend"]

SERVICE_PERIOD_VALUES: set[ServicePeriod] = {
    "extended",
    "lunch",
    "regular",
    "weekend",
}


def check_service_period(value: str) -> ServicePeriod:
    if value in SERVICE_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_PERIOD_VALUES!r}"
    )

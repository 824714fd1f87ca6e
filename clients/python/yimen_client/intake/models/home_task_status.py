from typing import Literal

HomeTaskStatus = Literal["assigned", "cancelled", "done", "open"]

HOME_TASK_STATUS_VALUES: set[HomeTaskStatus] = {
    "assigned",
    "cancelled",
    "done",
    "open",
}


def check_home_task_status(value: str) -> HomeTaskStatus:
    if value in HOME_TASK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOME_TASK_STATUS_VALUES!r}"
    )

from typing import Literal

RecipientsTasksStatusType0 = Literal["decided", "open"]

RECIPIENTS_TASKS_STATUS_TYPE_0_VALUES: set[RecipientsTasksStatusType0] = {
    "decided",
    "open",
}


def check_recipients_tasks_status_type_0(value: str) -> RecipientsTasksStatusType0:
    if value in RECIPIENTS_TASKS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECIPIENTS_TASKS_STATUS_TYPE_0_VALUES!r}"
    )

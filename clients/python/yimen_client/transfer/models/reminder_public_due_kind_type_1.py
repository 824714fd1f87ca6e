from typing import Literal

ReminderPublicDueKindType1 = Literal["major_report", "paperwork"]

REMINDER_PUBLIC_DUE_KIND_TYPE_1_VALUES: set[ReminderPublicDueKindType1] = {
    "major_report",
    "paperwork",
}


def check_reminder_public_due_kind_type_1(value: str) -> ReminderPublicDueKindType1:
    if value in REMINDER_PUBLIC_DUE_KIND_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMINDER_PUBLIC_DUE_KIND_TYPE_1_VALUES!r}"
    )

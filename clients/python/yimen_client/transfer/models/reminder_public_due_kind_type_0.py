from typing import Literal

ReminderPublicDueKindType0 = Literal["feedback", "handling", "opinion"]

REMINDER_PUBLIC_DUE_KIND_TYPE_0_VALUES: set[ReminderPublicDueKindType0] = {
    "feedback",
    "handling",
    "opinion",
}


def check_reminder_public_due_kind_type_0(value: str) -> ReminderPublicDueKindType0:
    if value in REMINDER_PUBLIC_DUE_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMINDER_PUBLIC_DUE_KIND_TYPE_0_VALUES!r}"
    )

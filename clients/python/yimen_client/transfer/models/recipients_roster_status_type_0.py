from typing import Literal

RecipientsRosterStatusType0 = Literal["active", "stopped"]

RECIPIENTS_ROSTER_STATUS_TYPE_0_VALUES: set[RecipientsRosterStatusType0] = {
    "active",
    "stopped",
}


def check_recipients_roster_status_type_0(value: str) -> RecipientsRosterStatusType0:
    if value in RECIPIENTS_ROSTER_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECIPIENTS_ROSTER_STATUS_TYPE_0_VALUES!r}"
    )

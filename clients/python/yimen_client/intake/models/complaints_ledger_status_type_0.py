from typing import Literal

ComplaintsLedgerStatusType0 = Literal["open", "replied"]

COMPLAINTS_LEDGER_STATUS_TYPE_0_VALUES: set[ComplaintsLedgerStatusType0] = {
    "open",
    "replied",
}


def check_complaints_ledger_status_type_0(value: str) -> ComplaintsLedgerStatusType0:
    if value in COMPLAINTS_LEDGER_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLAINTS_LEDGER_STATUS_TYPE_0_VALUES!r}"
    )

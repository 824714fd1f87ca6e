from typing import Literal

PaymentsListPaymentsStatusType0 = Literal["failed", "listed", "paid", "scheduled"]

PAYMENTS_LIST_PAYMENTS_STATUS_TYPE_0_VALUES: set[PaymentsListPaymentsStatusType0] = {
    "failed",
    "listed",
    "paid",
    "scheduled",
}


def check_payments_list_payments_status_type_0(
    value: str,
) -> PaymentsListPaymentsStatusType0:
    if value in PAYMENTS_LIST_PAYMENTS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAYMENTS_LIST_PAYMENTS_STATUS_TYPE_0_VALUES!r}"
    )

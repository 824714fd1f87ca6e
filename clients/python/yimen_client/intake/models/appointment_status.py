from typing import Literal

AppointmentStatus = Literal["arrived", "booked", "cancelled", "no_show"]

APPOINTMENT_STATUS_VALUES: set[AppointmentStatus] = {
    "arrived",
    "booked",
    "cancelled",
    "no_show",
}


def check_appointment_status(value: str) -> AppointmentStatus:
    if value in APPOINTMENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPOINTMENT_STATUS_VALUES!r}"
    )

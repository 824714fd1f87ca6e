from typing import Literal

CalendarYearPublicSource = Literal["chinesecalendar", "notice", "weekends_only"]

CALENDAR_YEAR_PUBLIC_SOURCE_VALUES: set[CalendarYearPublicSource] = {
    "chinesecalendar",
    "notice",
    "weekends_only",
}


def check_calendar_year_public_source(value: str) -> CalendarYearPublicSource:
    if value in CALENDAR_YEAR_PUBLIC_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_YEAR_PUBLIC_SOURCE_VALUES!r}"
    )

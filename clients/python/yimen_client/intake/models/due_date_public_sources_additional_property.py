from typing import Literal

DueDatePublicSourcesAdditionalProperty = Literal[
    "chinesecalendar", "notice", "weekends_only"
]

DUE_DATE_PUBLIC_SOURCES_ADDITIONAL_PROPERTY_VALUES: set[
    DueDatePublicSourcesAdditionalProperty
] = {
    "chinesecalendar",
    "notice",
    "weekends_only",
}


def check_due_date_public_sources_additional_property(
    value: str,
) -> DueDatePublicSourcesAdditionalProperty:
    if value in DUE_DATE_PUBLIC_SOURCES_ADDITIONAL_PROPERTY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUE_DATE_PUBLIC_SOURCES_ADDITIONAL_PROPERTY_VALUES!r}"
    )

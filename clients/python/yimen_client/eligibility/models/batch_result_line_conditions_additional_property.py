from typing import Literal

BatchResultLineConditionsAdditionalProperty = Literal["failed", "passed", "unknown"]

BATCH_RESULT_LINE_CONDITIONS_ADDITIONAL_PROPERTY_VALUES: set[
    BatchResultLineConditionsAdditionalProperty
] = {
    "failed",
    "passed",
    "unknown",
}


def check_batch_result_line_conditions_additional_property(
    value: str,
) -> BatchResultLineConditionsAdditionalProperty:
    if value in BATCH_RESULT_LINE_CONDITIONS_ADDITIONAL_PROPERTY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_RESULT_LINE_CONDITIONS_ADDITIONAL_PROPERTY_VALUES!r}"
    )

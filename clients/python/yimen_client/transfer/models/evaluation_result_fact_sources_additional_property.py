from typing import Literal

EvaluationResultFactSourcesAdditionalProperty = Literal[
    "declared", "missing", "records"
]

EVALUATION_RESULT_FACT_SOURCES_ADDITIONAL_PROPERTY_VALUES: set[
    EvaluationResultFactSourcesAdditionalProperty
] = {
    "declared",
    "missing",
    "records",
}


def check_evaluation_result_fact_sources_additional_property(
    value: str,
) -> EvaluationResultFactSourcesAdditionalProperty:
    if value in EVALUATION_RESULT_FACT_SOURCES_ADDITIONAL_PROPERTY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVALUATION_RESULT_FACT_SOURCES_ADDITIONAL_PROPERTY_VALUES!r}"
    )

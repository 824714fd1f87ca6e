from typing import Literal

FactDefinitionType = Literal["bool", "count", "enum", "money"]

FACT_DEFINITION_TYPE_VALUES: set[FactDefinitionType] = {
    "bool",
    "count",
    "enum",
    "money",
}


def check_fact_definition_type(value: str) -> FactDefinitionType:
    if value in FACT_DEFINITION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FACT_DEFINITION_TYPE_VALUES!r}"
    )

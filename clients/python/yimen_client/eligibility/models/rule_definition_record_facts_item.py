from typing import Literal

RuleDefinitionRecordFactsItem = Literal["granted_amount_this_year", "grants_this_year"]

RULE_DEFINITION_RECORD_FACTS_ITEM_VALUES: set[RuleDefinitionRecordFactsItem] = {
    "granted_amount_this_year",
    "grants_this_year",
}


def check_rule_definition_record_facts_item(
    value: str,
) -> RuleDefinitionRecordFactsItem:
    if value in RULE_DEFINITION_RECORD_FACTS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_DEFINITION_RECORD_FACTS_ITEM_VALUES!r}"
    )

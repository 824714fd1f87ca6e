from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rule_definition_record_facts_item import (
    RuleDefinitionRecordFactsItem,
    check_rule_definition_record_facts_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_definition import ConditionDefinition
    from ..models.rule_definition_facts import RuleDefinitionFacts


T = TypeVar("T", bound="RuleDefinition")


@_attrs_define
class RuleDefinition:
    """An item's rules as data: the facts it reads, the parameters it uses and its conditions.

    Attributes:
        conditions (list[ConditionDefinition]):
        source (str | Unset): 依据（文件、条款） Default: ''.
        facts (RuleDefinitionFacts | Unset):
        parameters (list[str] | Unset): 用到的参数名（/v1/parameters）
        record_facts (list[RuleDefinitionRecordFactsItem] | Unset): 以转办服务救助记录为准的事实
    """

    conditions: list[ConditionDefinition]
    source: str | Unset = ""
    facts: RuleDefinitionFacts | Unset = UNSET
    parameters: list[str] | Unset = UNSET
    record_facts: list[RuleDefinitionRecordFactsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        source = self.source

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        record_facts: list[str] | Unset = UNSET
        if not isinstance(self.record_facts, Unset):
            record_facts = []
            for record_facts_item_data in self.record_facts:
                record_facts_item: str = record_facts_item_data
                record_facts.append(record_facts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conditions": conditions,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if facts is not UNSET:
            field_dict["facts"] = facts
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if record_facts is not UNSET:
            field_dict["record_facts"] = record_facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.condition_definition import ConditionDefinition
        from ..models.rule_definition_facts import RuleDefinitionFacts

        d = dict(src_dict)
        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionDefinition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        source = d.pop("source", UNSET)

        _facts = d.pop("facts", UNSET)
        facts: RuleDefinitionFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = RuleDefinitionFacts.from_dict(_facts)

        parameters = cast(list[str], d.pop("parameters", UNSET))

        _record_facts = d.pop("record_facts", UNSET)
        record_facts: list[RuleDefinitionRecordFactsItem] | Unset = UNSET
        if _record_facts is not UNSET:
            record_facts = []
            for record_facts_item_data in _record_facts:
                record_facts_item = check_rule_definition_record_facts_item(
                    record_facts_item_data
                )

                record_facts.append(record_facts_item)

        rule_definition = cls(
            conditions=conditions,
            source=source,
            facts=facts,
            parameters=parameters,
            record_facts=record_facts,
        )

        return rule_definition

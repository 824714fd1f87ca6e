from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionRuleWrite")


@_attrs_define
class SuggestionRuleWrite:
    """A suggestion rule: keywords in the difficulty and/or a condition on known facts (admin data).

    Attributes:
        item_code (str):
        reason (str):
        keywords (list[str] | Unset):
        fact_condition (str | Unset): 规则语言表达式，只能读取
            age、members、on_dibao、disabled、bereaved、unemployed、has_student（docs/rules.md） Default: ''.
        priority (int | Unset):  Default: 100.
        active (bool | Unset):  Default: True.
        note (str | Unset):  Default: ''.
    """

    item_code: str
    reason: str
    keywords: list[str] | Unset = UNSET
    fact_condition: str | Unset = ""
    priority: int | Unset = 100
    active: bool | Unset = True
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        reason = self.reason

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        fact_condition = self.fact_condition

        priority = self.priority

        active = self.active

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "item_code": item_code,
                "reason": reason,
            }
        )
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if fact_condition is not UNSET:
            field_dict["fact_condition"] = fact_condition
        if priority is not UNSET:
            field_dict["priority"] = priority
        if active is not UNSET:
            field_dict["active"] = active
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        reason = d.pop("reason")

        keywords = cast(list[str], d.pop("keywords", UNSET))

        fact_condition = d.pop("fact_condition", UNSET)

        priority = d.pop("priority", UNSET)

        active = d.pop("active", UNSET)

        note = d.pop("note", UNSET)

        suggestion_rule_write = cls(
            item_code=item_code,
            reason=reason,
            keywords=keywords,
            fact_condition=fact_condition,
            priority=priority,
            active=active,
            note=note,
        )

        return suggestion_rule_write

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionRulePublic")


@_attrs_define
class SuggestionRulePublic:
    """A stored suggestion rule with its version.

    Attributes:
        item_code (str):
        reason (str):
        id (int):
        version (int):
        keywords (list[str] | Unset):
        fact_condition (str | Unset): 规则语言表达式，只能读取
            age、members、on_dibao、disabled、bereaved、unemployed、has_student（docs/rules.md） Default: ''.
        priority (int | Unset):  Default: 100.
        active (bool | Unset):  Default: True.
        note (str | Unset):  Default: ''.
        updated_at (datetime.datetime | None | Unset):
    """

    item_code: str
    reason: str
    id: int
    version: int
    keywords: list[str] | Unset = UNSET
    fact_condition: str | Unset = ""
    priority: int | Unset = 100
    active: bool | Unset = True
    note: str | Unset = ""
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        reason = self.reason

        id = self.id

        version = self.version

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        fact_condition = self.fact_condition

        priority = self.priority

        active = self.active

        note = self.note

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "reason": reason,
                "id": id,
                "version": version,
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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        reason = d.pop("reason")

        id = d.pop("id")

        version = d.pop("version")

        keywords = cast(list[str], d.pop("keywords", UNSET))

        fact_condition = d.pop("fact_condition", UNSET)

        priority = d.pop("priority", UNSET)

        active = d.pop("active", UNSET)

        note = d.pop("note", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        suggestion_rule_public = cls(
            item_code=item_code,
            reason=reason,
            id=id,
            version=version,
            keywords=keywords,
            fact_condition=fact_condition,
            priority=priority,
            active=active,
            note=note,
            updated_at=updated_at,
        )

        suggestion_rule_public.additional_properties = d
        return suggestion_rule_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

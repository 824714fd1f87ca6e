from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_topic import FindingTopic, check_finding_topic
from ..types import UNSET, Unset

T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """One finding of the visit: its topic, the fact it sets (if any) and what was seen.

    Attributes:
        topic (FindingTopic): {'income': '收入', 'assets': '财产', 'housing': '住房', 'members': '家庭成员'}
        fact (None | str | Unset):
        value (bool | int | None | str | Unset):
        note (str | Unset):  Default: ''.
    """

    topic: FindingTopic
    fact: None | str | Unset = UNSET
    value: bool | int | None | str | Unset = UNSET
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic: str = self.topic

        fact: None | str | Unset
        if isinstance(self.fact, Unset):
            fact = UNSET
        else:
            fact = self.fact

        value: bool | int | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if fact is not UNSET:
            field_dict["fact"] = fact
        if value is not UNSET:
            field_dict["value"] = value
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic = check_finding_topic(d.pop("topic"))

        def _parse_fact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fact = _parse_fact(d.pop("fact", UNSET))

        def _parse_value(data: object) -> bool | int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        note = d.pop("note", UNSET)

        finding = cls(
            topic=topic,
            fact=fact,
            value=value,
            note=note,
        )

        finding.additional_properties = d
        return finding

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

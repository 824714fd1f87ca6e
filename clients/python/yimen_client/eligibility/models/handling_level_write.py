from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handling_level import HandlingLevel, check_handling_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="HandlingLevelWrite")


@_attrs_define
class HandlingLevelWrite:
    """Which level handles an item in one district.

    Attributes:
        level (HandlingLevel): Who approves an item in a district: the town itself or the district (configuration,
            DESIGN §3).
        note (str | Unset):  Default: ''.
    """

    level: HandlingLevel
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level: str = self.level

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = check_handling_level(d.pop("level"))

        note = d.pop("note", UNSET)

        handling_level_write = cls(
            level=level,
            note=note,
        )

        handling_level_write.additional_properties = d
        return handling_level_write

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

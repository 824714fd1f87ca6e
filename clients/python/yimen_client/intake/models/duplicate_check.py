from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateCheck")


@_attrs_define
class DuplicateCheck:
    """Ask the duplicate-aid guard before registering (the wizard does, live).

    Attributes:
        id_numbers (list[str]):
        item_codes (list[str] | Unset):
    """

    id_numbers: list[str]
    item_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_numbers = self.id_numbers

        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_numbers": id_numbers,
            }
        )
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_numbers = cast(list[str], d.pop("id_numbers"))

        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        duplicate_check = cls(
            id_numbers=id_numbers,
            item_codes=item_codes,
        )

        duplicate_check.additional_properties = d
        return duplicate_check

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

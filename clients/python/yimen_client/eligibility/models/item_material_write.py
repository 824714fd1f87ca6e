from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemMaterialWrite")


@_attrs_define
class ItemMaterialWrite:
    """One material an item requires: how many copies, whether the original is shown.

    Attributes:
        code (str):
        copies (int | Unset):  Default: 1.
        original (bool | Unset):  Default: False.
        note (str | Unset):  Default: ''.
    """

    code: str
    copies: int | Unset = 1
    original: bool | Unset = False
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        copies = self.copies

        original = self.original

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if copies is not UNSET:
            field_dict["copies"] = copies
        if original is not UNSET:
            field_dict["original"] = original
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        copies = d.pop("copies", UNSET)

        original = d.pop("original", UNSET)

        note = d.pop("note", UNSET)

        item_material_write = cls(
            code=code,
            copies=copies,
            original=original,
            note=note,
        )

        item_material_write.additional_properties = d
        return item_material_write

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MissingMaterialPublic")


@_attrs_define
class MissingMaterialPublic:
    """A material the notice asks for, and for which item(s).

    Attributes:
        code (str):
        name (str):
        copies (int | Unset):  Default: 1.
        original (bool | Unset):  Default: True.
        reasons (list[str] | Unset):
    """

    code: str
    name: str
    copies: int | Unset = 1
    original: bool | Unset = True
    reasons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        copies = self.copies

        original = self.original

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if copies is not UNSET:
            field_dict["copies"] = copies
        if original is not UNSET:
            field_dict["original"] = original
        if reasons is not UNSET:
            field_dict["reasons"] = reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        copies = d.pop("copies", UNSET)

        original = d.pop("original", UNSET)

        reasons = cast(list[str], d.pop("reasons", UNSET))

        missing_material_public = cls(
            code=code,
            name=name,
            copies=copies,
            original=original,
            reasons=reasons,
        )

        missing_material_public.additional_properties = d
        return missing_material_public

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

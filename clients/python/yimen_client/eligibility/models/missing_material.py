from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MissingMaterial")


@_attrs_define
class MissingMaterial:
    """A material still to bring, with the items that need it.

    Attributes:
        code (str):
        name (str):
        copies (int):
        original (bool):
        reasons (list[str]):
    """

    code: str
    name: str
    copies: int
    original: bool
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        copies = self.copies

        original = self.original

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "copies": copies,
                "original": original,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        copies = d.pop("copies")

        original = d.pop("original")

        reasons = cast(list[str], d.pop("reasons"))

        missing_material = cls(
            code=code,
            name=name,
            copies=copies,
            original=original,
            reasons=reasons,
        )

        missing_material.additional_properties = d
        return missing_material

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

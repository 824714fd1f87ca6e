from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialCreate")


@_attrs_define
class MaterialCreate:
    """A new material of the shared list (admin).

    Attributes:
        name (str):
        code (str):
        description (str | Unset):  Default: ''.
        shared_data (bool | Unset):  Default: False.
        note (str | Unset):  Default: ''.
    """

    name: str
    code: str
    description: str | Unset = ""
    shared_data: bool | Unset = False
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        description = self.description

        shared_data = self.shared_data

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if shared_data is not UNSET:
            field_dict["shared_data"] = shared_data
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        description = d.pop("description", UNSET)

        shared_data = d.pop("shared_data", UNSET)

        note = d.pop("note", UNSET)

        material_create = cls(
            name=name,
            code=code,
            description=description,
            shared_data=shared_data,
            note=note,
        )

        material_create.additional_properties = d
        return material_create

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

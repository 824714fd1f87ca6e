from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_material_write import ItemMaterialWrite


T = TypeVar("T", bound="ItemMaterialsWrite")


@_attrs_define
class ItemMaterialsWrite:
    """The full list of an item's materials (replaces the list; the old list stays in the history).

    Attributes:
        materials (list[ItemMaterialWrite]):
        note (str | Unset):  Default: ''.
    """

    materials: list[ItemMaterialWrite]
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "materials": materials,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_material_write import ItemMaterialWrite

        d = dict(src_dict)
        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = ItemMaterialWrite.from_dict(materials_item_data)

            materials.append(materials_item)

        note = d.pop("note", UNSET)

        item_materials_write = cls(
            materials=materials,
            note=note,
        )

        item_materials_write.additional_properties = d
        return item_materials_write

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

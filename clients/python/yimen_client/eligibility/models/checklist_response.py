from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.missing_material import MissingMaterial
    from ..models.shared_material import SharedMaterial


T = TypeVar("T", bound="ChecklistResponse")


@_attrs_define
class ChecklistResponse:
    """What is still missing, asked once across all items (一次性告知).

    Attributes:
        missing (list[MissingMaterial]):
        provided (list[str]):
        shared_data (list[SharedMaterial]):
    """

    missing: list[MissingMaterial]
    provided: list[str]
    shared_data: list[SharedMaterial]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        provided = self.provided

        shared_data = []
        for shared_data_item_data in self.shared_data:
            shared_data_item = shared_data_item_data.to_dict()
            shared_data.append(shared_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "missing": missing,
                "provided": provided,
                "shared_data": shared_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.missing_material import MissingMaterial
        from ..models.shared_material import SharedMaterial

        d = dict(src_dict)
        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingMaterial.from_dict(missing_item_data)

            missing.append(missing_item)

        provided = cast(list[str], d.pop("provided"))

        shared_data = []
        _shared_data = d.pop("shared_data")
        for shared_data_item_data in _shared_data:
            shared_data_item = SharedMaterial.from_dict(shared_data_item_data)

            shared_data.append(shared_data_item)

        checklist_response = cls(
            missing=missing,
            provided=provided,
            shared_data=shared_data,
        )

        checklist_response.additional_properties = d
        return checklist_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhotoStored")


@_attrs_define
class PhotoStored:
    """An uploaded photo.

    Attributes:
        id (int):
        visit_id (int):
        content_type (str):
        size (int):
    """

    id: int
    visit_id: int
    content_type: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        visit_id = self.visit_id

        content_type = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "visit_id": visit_id,
                "content_type": content_type,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        visit_id = d.pop("visit_id")

        content_type = d.pop("content_type")

        size = d.pop("size")

        photo_stored = cls(
            id=id,
            visit_id=visit_id,
            content_type=content_type,
            size=size,
        )

        photo_stored.additional_properties = d
        return photo_stored

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WindowPublic")


@_attrs_define
class WindowPublic:
    """A window as listed.

    Attributes:
        id (int):
        region (str):
        region_name (str):
        name (str):
        lead_username (str):
        active (bool):
    """

    id: int
    region: str
    region_name: str
    name: str
    lead_username: str
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        region_name = self.region_name

        name = self.name

        lead_username = self.lead_username

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "region_name": region_name,
                "name": name,
                "lead_username": lead_username,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        region = d.pop("region")

        region_name = d.pop("region_name")

        name = d.pop("name")

        lead_username = d.pop("lead_username")

        active = d.pop("active")

        window_public = cls(
            id=id,
            region=region,
            region_name=region_name,
            name=name,
            lead_username=lead_username,
            active=active,
        )

        window_public.additional_properties = d
        return window_public

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowCreate")


@_attrs_define
class WindowCreate:
    """A window that takes appointments (admin).

    Attributes:
        region (str):
        name (str):
        lead_username (str | Unset):  Default: ''.
    """

    region: str
    name: str
    lead_username: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        name = self.name

        lead_username = self.lead_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "name": name,
            }
        )
        if lead_username is not UNSET:
            field_dict["lead_username"] = lead_username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = d.pop("region")

        name = d.pop("name")

        lead_username = d.pop("lead_username", UNSET)

        window_create = cls(
            region=region,
            name=name,
            lead_username=lead_username,
        )

        window_create.additional_properties = d
        return window_create

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

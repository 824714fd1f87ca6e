from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TownCount")


@_attrs_define
class TownCount:
    """Cases of one window's region in the year.

    Attributes:
        region (str):
        name (str):
        total (int):
        accepted (int):
        concluded (int):
        overdue (int):
    """

    region: str
    name: str
    total: int
    accepted: int
    concluded: int
    overdue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        name = self.name

        total = self.total

        accepted = self.accepted

        concluded = self.concluded

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "name": name,
                "total": total,
                "accepted": accepted,
                "concluded": concluded,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = d.pop("region")

        name = d.pop("name")

        total = d.pop("total")

        accepted = d.pop("accepted")

        concluded = d.pop("concluded")

        overdue = d.pop("overdue")

        town_count = cls(
            region=region,
            name=name,
            total=total,
            accepted=accepted,
            concluded=concluded,
            overdue=overdue,
        )

        town_count.additional_properties = d
        return town_count

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

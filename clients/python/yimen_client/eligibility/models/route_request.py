from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handling_level import HandlingLevel, check_handling_level

T = TypeVar("T", bound="RouteRequest")


@_attrs_define
class RouteRequest:
    """Where one item goes: the window asking, its level, and the applicant's hukou region.

    Attributes:
        item_code (str):
        window_level (HandlingLevel): Who approves an item in a district: the town itself or the district
            (configuration, DESIGN §3).
        window_region (str):
        hukou_region (str):
    """

    item_code: str
    window_level: HandlingLevel
    window_region: str
    hukou_region: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        window_level: str = self.window_level

        window_region = self.window_region

        hukou_region = self.hukou_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "window_level": window_level,
                "window_region": window_region,
                "hukou_region": hukou_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        window_level = check_handling_level(d.pop("window_level"))

        window_region = d.pop("window_region")

        hukou_region = d.pop("hukou_region")

        route_request = cls(
            item_code=item_code,
            window_level=window_level,
            window_region=window_region,
            hukou_region=hukou_region,
        )

        route_request.additional_properties = d
        return route_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_answer import RouteAnswer


T = TypeVar("T", bound="CaseItem")


@_attrs_define
class CaseItem:
    """One assistance item of the case and its route.

    Attributes:
        item_code (str):
        item_name (str):
        route (RouteAnswer): Where an item goes, as the eligibility service answers POST /v1/routes.
        time_limit_days (int | Unset):  Default: 20.
    """

    item_code: str
    item_name: str
    route: RouteAnswer
    time_limit_days: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        item_name = self.item_name

        route = self.route.to_dict()

        time_limit_days = self.time_limit_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "item_name": item_name,
                "route": route,
            }
        )
        if time_limit_days is not UNSET:
            field_dict["time_limit_days"] = time_limit_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.route_answer import RouteAnswer

        d = dict(src_dict)
        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        route = RouteAnswer.from_dict(d.pop("route"))

        time_limit_days = d.pop("time_limit_days", UNSET)

        case_item = cls(
            item_code=item_code,
            item_name=item_name,
            route=route,
            time_limit_days=time_limit_days,
        )

        case_item.additional_properties = d
        return case_item

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

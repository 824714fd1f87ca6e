from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_count import ItemCount
    from ..models.month_count import MonthCount
    from ..models.town_count import TownCount


T = TypeVar("T", bound="StatisticsPublic")


@_attrs_define
class StatisticsPublic:
    """A year's cases by town, by item and by month (counted by the system, never by hand).

    Attributes:
        year (int):
        total (int):
        by_town (list[TownCount]):
        by_item (list[ItemCount]):
        by_month (list[MonthCount]):
    """

    year: int
    total: int
    by_town: list[TownCount]
    by_item: list[ItemCount]
    by_month: list[MonthCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        total = self.total

        by_town = []
        for by_town_item_data in self.by_town:
            by_town_item = by_town_item_data.to_dict()
            by_town.append(by_town_item)

        by_item = []
        for by_item_item_data in self.by_item:
            by_item_item = by_item_item_data.to_dict()
            by_item.append(by_item_item)

        by_month = []
        for by_month_item_data in self.by_month:
            by_month_item = by_month_item_data.to_dict()
            by_month.append(by_month_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "total": total,
                "by_town": by_town,
                "by_item": by_item,
                "by_month": by_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_count import ItemCount
        from ..models.month_count import MonthCount
        from ..models.town_count import TownCount

        d = dict(src_dict)
        year = d.pop("year")

        total = d.pop("total")

        by_town = []
        _by_town = d.pop("by_town")
        for by_town_item_data in _by_town:
            by_town_item = TownCount.from_dict(by_town_item_data)

            by_town.append(by_town_item)

        by_item = []
        _by_item = d.pop("by_item")
        for by_item_item_data in _by_item:
            by_item_item = ItemCount.from_dict(by_item_item_data)

            by_item.append(by_item_item)

        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in _by_month:
            by_month_item = MonthCount.from_dict(by_month_item_data)

            by_month.append(by_month_item)

        statistics_public = cls(
            year=year,
            total=total,
            by_town=by_town,
            by_item=by_item,
            by_month=by_month,
        )

        statistics_public.additional_properties = d
        return statistics_public

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

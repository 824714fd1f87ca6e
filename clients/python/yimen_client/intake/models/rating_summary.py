from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rating_summary_levels import RatingSummaryLevels


T = TypeVar("T", bound="RatingSummary")


@_attrs_define
class RatingSummary:
    """Ratings of one window or one staff member.

    Attributes:
        key (str): 窗口区域代码或工作人员用户名
        name (str):
        count (int):
        average (float):
        levels (RatingSummaryLevels): 评价等级（"1"…"5"）→ 条数
    """

    key: str
    name: str
    count: int
    average: float
    levels: RatingSummaryLevels
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        count = self.count

        average = self.average

        levels = self.levels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "count": count,
                "average": average,
                "levels": levels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rating_summary_levels import RatingSummaryLevels

        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        count = d.pop("count")

        average = d.pop("average")

        levels = RatingSummaryLevels.from_dict(d.pop("levels"))

        rating_summary = cls(
            key=key,
            name=name,
            count=count,
            average=average,
            levels=levels,
        )

        rating_summary.additional_properties = d
        return rating_summary

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

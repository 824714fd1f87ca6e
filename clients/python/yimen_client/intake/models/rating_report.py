from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rating_report_level_names import RatingReportLevelNames
    from ..models.rating_summary import RatingSummary


T = TypeVar("T", bound="RatingReport")


@_attrs_define
class RatingReport:
    """好差评 by window and by first responder, within the caller's region.

    Attributes:
        level_names (RatingReportLevelNames): 评价等级 → 名称
        by_window (list[RatingSummary]):
        by_staff (list[RatingSummary]):
    """

    level_names: RatingReportLevelNames
    by_window: list[RatingSummary]
    by_staff: list[RatingSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level_names = self.level_names.to_dict()

        by_window = []
        for by_window_item_data in self.by_window:
            by_window_item = by_window_item_data.to_dict()
            by_window.append(by_window_item)

        by_staff = []
        for by_staff_item_data in self.by_staff:
            by_staff_item = by_staff_item_data.to_dict()
            by_staff.append(by_staff_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level_names": level_names,
                "by_window": by_window,
                "by_staff": by_staff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rating_report_level_names import RatingReportLevelNames
        from ..models.rating_summary import RatingSummary

        d = dict(src_dict)
        level_names = RatingReportLevelNames.from_dict(d.pop("level_names"))

        by_window = []
        _by_window = d.pop("by_window")
        for by_window_item_data in _by_window:
            by_window_item = RatingSummary.from_dict(by_window_item_data)

            by_window.append(by_window_item)

        by_staff = []
        _by_staff = d.pop("by_staff")
        for by_staff_item_data in _by_staff:
            by_staff_item = RatingSummary.from_dict(by_staff_item_data)

            by_staff.append(by_staff_item)

        rating_report = cls(
            level_names=level_names,
            by_window=by_window,
            by_staff=by_staff,
        )

        rating_report.additional_properties = d
        return rating_report

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

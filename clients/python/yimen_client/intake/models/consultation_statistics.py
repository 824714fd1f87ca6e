from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.count_by import CountBy


T = TypeVar("T", bound="ConsultationStatistics")


@_attrs_define
class ConsultationStatistics:
    """The register counted: by channel, region, staff member and month (no hand counting).

    Attributes:
        year (int):
        total (int):
        converted (int): 已转为申请
        follow_up_open (int): 待回访
        follow_up_overdue (int): 回访已逾期
        by_channel (list[CountBy]):
        by_region (list[CountBy]):
        by_staff (list[CountBy]):
        by_month (list[CountBy]):
    """

    year: int
    total: int
    converted: int
    follow_up_open: int
    follow_up_overdue: int
    by_channel: list[CountBy]
    by_region: list[CountBy]
    by_staff: list[CountBy]
    by_month: list[CountBy]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        total = self.total

        converted = self.converted

        follow_up_open = self.follow_up_open

        follow_up_overdue = self.follow_up_overdue

        by_channel = []
        for by_channel_item_data in self.by_channel:
            by_channel_item = by_channel_item_data.to_dict()
            by_channel.append(by_channel_item)

        by_region = []
        for by_region_item_data in self.by_region:
            by_region_item = by_region_item_data.to_dict()
            by_region.append(by_region_item)

        by_staff = []
        for by_staff_item_data in self.by_staff:
            by_staff_item = by_staff_item_data.to_dict()
            by_staff.append(by_staff_item)

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
                "converted": converted,
                "follow_up_open": follow_up_open,
                "follow_up_overdue": follow_up_overdue,
                "by_channel": by_channel,
                "by_region": by_region,
                "by_staff": by_staff,
                "by_month": by_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.count_by import CountBy

        d = dict(src_dict)
        year = d.pop("year")

        total = d.pop("total")

        converted = d.pop("converted")

        follow_up_open = d.pop("follow_up_open")

        follow_up_overdue = d.pop("follow_up_overdue")

        by_channel = []
        _by_channel = d.pop("by_channel")
        for by_channel_item_data in _by_channel:
            by_channel_item = CountBy.from_dict(by_channel_item_data)

            by_channel.append(by_channel_item)

        by_region = []
        _by_region = d.pop("by_region")
        for by_region_item_data in _by_region:
            by_region_item = CountBy.from_dict(by_region_item_data)

            by_region.append(by_region_item)

        by_staff = []
        _by_staff = d.pop("by_staff")
        for by_staff_item_data in _by_staff:
            by_staff_item = CountBy.from_dict(by_staff_item_data)

            by_staff.append(by_staff_item)

        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in _by_month:
            by_month_item = CountBy.from_dict(by_month_item_data)

            by_month.append(by_month_item)

        consultation_statistics = cls(
            year=year,
            total=total,
            converted=converted,
            follow_up_open=follow_up_open,
            follow_up_overdue=follow_up_overdue,
            by_channel=by_channel,
            by_region=by_region,
            by_staff=by_staff,
            by_month=by_month,
        )

        consultation_statistics.additional_properties = d
        return consultation_statistics

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

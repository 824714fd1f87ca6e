from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_line import ItemLine


T = TypeVar("T", bound="PeriodReport")


@_attrs_define
class PeriodReport:
    """A street's or the district's report for a half month (H1: 1–15, H2: 16–end) or a month.

    Attributes:
        period (str):
        title (str):
        date_from (datetime.date):
        date_to (datetime.date):
        as_of (datetime.date): 期末逾期按这一天计算（本期未结束时为今天）
        region (str):
        region_name (str):
        by_item (list[ItemLine]):
        total (ItemLine): Cases of one item in the period.
        complaints_received (int):
        complaints_replied (int):
        complaints_overdue (int):
        ratings (int):
        rating_average (float | None):
        ratings_unsatisfied (int): 不满意和非常不满意
    """

    period: str
    title: str
    date_from: datetime.date
    date_to: datetime.date
    as_of: datetime.date
    region: str
    region_name: str
    by_item: list[ItemLine]
    total: ItemLine
    complaints_received: int
    complaints_replied: int
    complaints_overdue: int
    ratings: int
    rating_average: float | None
    ratings_unsatisfied: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        title = self.title

        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        as_of = self.as_of.isoformat()

        region = self.region

        region_name = self.region_name

        by_item = []
        for by_item_item_data in self.by_item:
            by_item_item = by_item_item_data.to_dict()
            by_item.append(by_item_item)

        total = self.total.to_dict()

        complaints_received = self.complaints_received

        complaints_replied = self.complaints_replied

        complaints_overdue = self.complaints_overdue

        ratings = self.ratings

        rating_average: float | None
        rating_average = self.rating_average

        ratings_unsatisfied = self.ratings_unsatisfied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "title": title,
                "date_from": date_from,
                "date_to": date_to,
                "as_of": as_of,
                "region": region,
                "region_name": region_name,
                "by_item": by_item,
                "total": total,
                "complaints_received": complaints_received,
                "complaints_replied": complaints_replied,
                "complaints_overdue": complaints_overdue,
                "ratings": ratings,
                "rating_average": rating_average,
                "ratings_unsatisfied": ratings_unsatisfied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_line import ItemLine

        d = dict(src_dict)
        period = d.pop("period")

        title = d.pop("title")

        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        region = d.pop("region")

        region_name = d.pop("region_name")

        by_item = []
        _by_item = d.pop("by_item")
        for by_item_item_data in _by_item:
            by_item_item = ItemLine.from_dict(by_item_item_data)

            by_item.append(by_item_item)

        total = ItemLine.from_dict(d.pop("total"))

        complaints_received = d.pop("complaints_received")

        complaints_replied = d.pop("complaints_replied")

        complaints_overdue = d.pop("complaints_overdue")

        ratings = d.pop("ratings")

        def _parse_rating_average(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rating_average = _parse_rating_average(d.pop("rating_average"))

        ratings_unsatisfied = d.pop("ratings_unsatisfied")

        period_report = cls(
            period=period,
            title=title,
            date_from=date_from,
            date_to=date_to,
            as_of=as_of,
            region=region,
            region_name=region_name,
            by_item=by_item,
            total=total,
            complaints_received=complaints_received,
            complaints_replied=complaints_replied,
            complaints_overdue=complaints_overdue,
            ratings=ratings,
            rating_average=rating_average,
            ratings_unsatisfied=ratings_unsatisfied,
        )

        period_report.additional_properties = d
        return period_report

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

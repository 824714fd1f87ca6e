from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coverage_row import CoverageRow


T = TypeVar("T", bound="Coverage")


@_attrs_define
class Coverage:
    """Visit coverage of a week (Monday–Sunday) against each household's plan.

    Attributes:
        week_start (datetime.date):
        week_end (datetime.date):
        planned (int):
        met (int):
        rate (float | None): 达标户数 / 有计划户数
        rows (list[CoverageRow]):
    """

    week_start: datetime.date
    week_end: datetime.date
    planned: int
    met: int
    rate: float | None
    rows: list[CoverageRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        week_start = self.week_start.isoformat()

        week_end = self.week_end.isoformat()

        planned = self.planned

        met = self.met

        rate: float | None
        rate = self.rate

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "week_start": week_start,
                "week_end": week_end,
                "planned": planned,
                "met": met,
                "rate": rate,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coverage_row import CoverageRow

        d = dict(src_dict)
        week_start = datetime.date.fromisoformat(d.pop("week_start"))

        week_end = datetime.date.fromisoformat(d.pop("week_end"))

        planned = d.pop("planned")

        met = d.pop("met")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CoverageRow.from_dict(rows_item_data)

            rows.append(rows_item)

        coverage = cls(
            week_start=week_start,
            week_end=week_end,
            planned=planned,
            met=met,
            rate=rate,
            rows=rows,
        )

        coverage.additional_properties = d
        return coverage

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

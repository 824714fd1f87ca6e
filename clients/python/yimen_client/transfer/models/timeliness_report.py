from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.department_timeliness import DepartmentTimeliness


T = TypeVar("T", bound="TimelinessReport")


@_attrs_define
class TimelinessReport:
    """Department timeliness for a month range, scoped to the caller's region.

    Attributes:
        month_from (str):
        month_to (str):
        region (None | str):
        as_of (datetime.date): 逾期按这一天计算
        rows (list[DepartmentTimeliness]):
    """

    month_from: str
    month_to: str
    region: None | str
    as_of: datetime.date
    rows: list[DepartmentTimeliness]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month_from = self.month_from

        month_to = self.month_to

        region: None | str
        region = self.region

        as_of = self.as_of.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month_from": month_from,
                "month_to": month_to,
                "region": region,
                "as_of": as_of,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.department_timeliness import DepartmentTimeliness

        d = dict(src_dict)
        month_from = d.pop("month_from")

        month_to = d.pop("month_to")

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = DepartmentTimeliness.from_dict(rows_item_data)

            rows.append(rows_item)

        timeliness_report = cls(
            month_from=month_from,
            month_to=month_to,
            region=region,
            as_of=as_of,
            rows=rows,
        )

        timeliness_report.additional_properties = d
        return timeliness_report

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

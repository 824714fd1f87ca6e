from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CalendarNoticePublic")


@_attrs_define
class CalendarNoticePublic:
    """A State Council notice as an administrator loaded it (transfer loads these at start).

    Attributes:
        year (int):
        holidays (list[datetime.date]):
        workdays (list[datetime.date]):
        reference (str):
    """

    year: int
    holidays: list[datetime.date]
    workdays: list[datetime.date]
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.isoformat()
            holidays.append(holidays_item)

        workdays = []
        for workdays_item_data in self.workdays:
            workdays_item = workdays_item_data.isoformat()
            workdays.append(workdays_item)

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "holidays": holidays,
                "workdays": workdays,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        holidays = []
        _holidays = d.pop("holidays")
        for holidays_item_data in _holidays:
            holidays_item = datetime.date.fromisoformat(holidays_item_data)

            holidays.append(holidays_item)

        workdays = []
        _workdays = d.pop("workdays")
        for workdays_item_data in _workdays:
            workdays_item = datetime.date.fromisoformat(workdays_item_data)

            workdays.append(workdays_item)

        reference = d.pop("reference")

        calendar_notice_public = cls(
            year=year,
            holidays=holidays,
            workdays=workdays,
            reference=reference,
        )

        calendar_notice_public.additional_properties = d
        return calendar_notice_public

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

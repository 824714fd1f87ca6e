from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calendar_year_public_source import (
    CalendarYearPublicSource,
    check_calendar_year_public_source,
)

T = TypeVar("T", bound="CalendarYearPublic")


@_attrs_define
class CalendarYearPublic:
    """One year's holidays and make-up working days, where they come from, and a warning if guessed.

    Attributes:
        year (int):
        source (CalendarYearPublicSource):
        reference (str):
        holidays (list[datetime.date]):
        workdays (list[datetime.date]): 调休上班的周末
        warning (None | str): 无当年节假日数据时的提示
    """

    year: int
    source: CalendarYearPublicSource
    reference: str
    holidays: list[datetime.date]
    workdays: list[datetime.date]
    warning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        source: str = self.source

        reference = self.reference

        holidays = []
        for holidays_item_data in self.holidays:
            holidays_item = holidays_item_data.isoformat()
            holidays.append(holidays_item)

        workdays = []
        for workdays_item_data in self.workdays:
            workdays_item = workdays_item_data.isoformat()
            workdays.append(workdays_item)

        warning: None | str
        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "source": source,
                "reference": reference,
                "holidays": holidays,
                "workdays": workdays,
                "warning": warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        source = check_calendar_year_public_source(d.pop("source"))

        reference = d.pop("reference")

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

        def _parse_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        warning = _parse_warning(d.pop("warning"))

        calendar_year_public = cls(
            year=year,
            source=source,
            reference=reference,
            holidays=holidays,
            workdays=workdays,
            warning=warning,
        )

        calendar_year_public.additional_properties = d
        return calendar_year_public

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

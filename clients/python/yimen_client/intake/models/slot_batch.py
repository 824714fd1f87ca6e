from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlotBatch")


@_attrs_define
class SlotBatch:
    """Open slots on every chosen weekday of a date range (the window lead or an admin).

    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
        start_time (str):
        end_time (str):
        weekdays (list[int] | Unset): 0=周一 … 6=周日
        capacity (int | Unset):  Default: 1.
        minutes (int | Unset): 每个时段的分钟数 Default: 30.
    """

    date_from: datetime.date
    date_to: datetime.date
    start_time: str
    end_time: str
    weekdays: list[int] | Unset = UNSET
    capacity: int | Unset = 1
    minutes: int | Unset = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        weekdays: list[int] | Unset = UNSET
        if not isinstance(self.weekdays, Unset):
            weekdays = self.weekdays

        capacity = self.capacity

        minutes = self.minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if weekdays is not UNSET:
            field_dict["weekdays"] = weekdays
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if minutes is not UNSET:
            field_dict["minutes"] = minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        weekdays = cast(list[int], d.pop("weekdays", UNSET))

        capacity = d.pop("capacity", UNSET)

        minutes = d.pop("minutes", UNSET)

        slot_batch = cls(
            date_from=date_from,
            date_to=date_to,
            start_time=start_time,
            end_time=end_time,
            weekdays=weekdays,
            capacity=capacity,
            minutes=minutes,
        )

        slot_batch.additional_properties = d
        return slot_batch

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

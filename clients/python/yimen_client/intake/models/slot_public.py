from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_period import ServicePeriod, check_service_period

T = TypeVar("T", bound="SlotPublic")


@_attrs_define
class SlotPublic:
    """A slot with what is left of it (no names).

    Attributes:
        id (int):
        window_id (int):
        window_name (str):
        region (str):
        slot_date (datetime.date):
        start_time (str):
        end_time (str):
        period (ServicePeriod): When an appointment slot or a duty shift falls (seed 000: 双休日服务、午间服务和延时服务).
        period_name (str):
        capacity (int):
        available (int):
    """

    id: int
    window_id: int
    window_name: str
    region: str
    slot_date: datetime.date
    start_time: str
    end_time: str
    period: ServicePeriod
    period_name: str
    capacity: int
    available: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        window_id = self.window_id

        window_name = self.window_name

        region = self.region

        slot_date = self.slot_date.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        period: str = self.period

        period_name = self.period_name

        capacity = self.capacity

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "window_id": window_id,
                "window_name": window_name,
                "region": region,
                "slot_date": slot_date,
                "start_time": start_time,
                "end_time": end_time,
                "period": period,
                "period_name": period_name,
                "capacity": capacity,
                "available": available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        window_id = d.pop("window_id")

        window_name = d.pop("window_name")

        region = d.pop("region")

        slot_date = datetime.date.fromisoformat(d.pop("slot_date"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        period = check_service_period(d.pop("period"))

        period_name = d.pop("period_name")

        capacity = d.pop("capacity")

        available = d.pop("available")

        slot_public = cls(
            id=id,
            window_id=window_id,
            window_name=window_name,
            region=region,
            slot_date=slot_date,
            start_time=start_time,
            end_time=end_time,
            period=period,
            period_name=period_name,
            capacity=capacity,
            available=available,
        )

        slot_public.additional_properties = d
        return slot_public

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

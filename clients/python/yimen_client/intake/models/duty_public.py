from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_period import ServicePeriod, check_service_period

T = TypeVar("T", bound="DutyPublic")


@_attrs_define
class DutyPublic:
    """A shift as staff see it.

    Attributes:
        id (int):
        region (str):
        shift_date (datetime.date):
        period (ServicePeriod): When an appointment slot or a duty shift falls (seed 000: 双休日服务、午间服务和延时服务).
        period_name (str):
        start_time (str):
        end_time (str):
        staff_username (str):
        staff_name (str):
    """

    id: int
    region: str
    shift_date: datetime.date
    period: ServicePeriod
    period_name: str
    start_time: str
    end_time: str
    staff_username: str
    staff_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        shift_date = self.shift_date.isoformat()

        period: str = self.period

        period_name = self.period_name

        start_time = self.start_time

        end_time = self.end_time

        staff_username = self.staff_username

        staff_name = self.staff_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "shift_date": shift_date,
                "period": period,
                "period_name": period_name,
                "start_time": start_time,
                "end_time": end_time,
                "staff_username": staff_username,
                "staff_name": staff_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        region = d.pop("region")

        shift_date = datetime.date.fromisoformat(d.pop("shift_date"))

        period = check_service_period(d.pop("period"))

        period_name = d.pop("period_name")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        staff_username = d.pop("staff_username")

        staff_name = d.pop("staff_name")

        duty_public = cls(
            id=id,
            region=region,
            shift_date=shift_date,
            period=period,
            period_name=period_name,
            start_time=start_time,
            end_time=end_time,
            staff_username=staff_username,
            staff_name=staff_name,
        )

        duty_public.additional_properties = d
        return duty_public

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

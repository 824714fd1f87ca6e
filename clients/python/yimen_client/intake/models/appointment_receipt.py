from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppointmentReceipt")


@_attrs_define
class AppointmentReceipt:
    """What a resident gets back: the code to quote, the time and the place (no personal data).

    Attributes:
        code (str):
        window_name (str):
        region_name (str):
        slot_date (datetime.date):
        start_time (str):
        end_time (str):
        period_name (str):
    """

    code: str
    window_name: str
    region_name: str
    slot_date: datetime.date
    start_time: str
    end_time: str
    period_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        window_name = self.window_name

        region_name = self.region_name

        slot_date = self.slot_date.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        period_name = self.period_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "window_name": window_name,
                "region_name": region_name,
                "slot_date": slot_date,
                "start_time": start_time,
                "end_time": end_time,
                "period_name": period_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        window_name = d.pop("window_name")

        region_name = d.pop("region_name")

        slot_date = datetime.date.fromisoformat(d.pop("slot_date"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        period_name = d.pop("period_name")

        appointment_receipt = cls(
            code=code,
            window_name=window_name,
            region_name=region_name,
            slot_date=slot_date,
            start_time=start_time,
            end_time=end_time,
            period_name=period_name,
        )

        appointment_receipt.additional_properties = d
        return appointment_receipt

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

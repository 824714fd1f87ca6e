from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_status import AppointmentStatus, check_appointment_status
from ..models.service_period import ServicePeriod, check_service_period

T = TypeVar("T", bound="AppointmentPublic")


@_attrs_define
class AppointmentPublic:
    """An appointment as staff lists it: the phone number masked.

    Attributes:
        id (int):
        code (str):
        slot_id (int):
        window_id (int):
        region (str):
        slot_date (datetime.date):
        start_time (str):
        end_time (str):
        period (ServicePeriod): When an appointment slot or a duty shift falls (seed 000: 双休日服务、午间服务和延时服务).
        name (str):
        phone_masked (str):
        matter (str):
        status (AppointmentStatus): An appointment at a window.
        status_name (str):
        source (str):
        booked_by (str):
        marked_by (str):
        reminder_sent (bool):
    """

    id: int
    code: str
    slot_id: int
    window_id: int
    region: str
    slot_date: datetime.date
    start_time: str
    end_time: str
    period: ServicePeriod
    name: str
    phone_masked: str
    matter: str
    status: AppointmentStatus
    status_name: str
    source: str
    booked_by: str
    marked_by: str
    reminder_sent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        slot_id = self.slot_id

        window_id = self.window_id

        region = self.region

        slot_date = self.slot_date.isoformat()

        start_time = self.start_time

        end_time = self.end_time

        period: str = self.period

        name = self.name

        phone_masked = self.phone_masked

        matter = self.matter

        status: str = self.status

        status_name = self.status_name

        source = self.source

        booked_by = self.booked_by

        marked_by = self.marked_by

        reminder_sent = self.reminder_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "slot_id": slot_id,
                "window_id": window_id,
                "region": region,
                "slot_date": slot_date,
                "start_time": start_time,
                "end_time": end_time,
                "period": period,
                "name": name,
                "phone_masked": phone_masked,
                "matter": matter,
                "status": status,
                "status_name": status_name,
                "source": source,
                "booked_by": booked_by,
                "marked_by": marked_by,
                "reminder_sent": reminder_sent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        slot_id = d.pop("slot_id")

        window_id = d.pop("window_id")

        region = d.pop("region")

        slot_date = datetime.date.fromisoformat(d.pop("slot_date"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        period = check_service_period(d.pop("period"))

        name = d.pop("name")

        phone_masked = d.pop("phone_masked")

        matter = d.pop("matter")

        status = check_appointment_status(d.pop("status"))

        status_name = d.pop("status_name")

        source = d.pop("source")

        booked_by = d.pop("booked_by")

        marked_by = d.pop("marked_by")

        reminder_sent = d.pop("reminder_sent")

        appointment_public = cls(
            id=id,
            code=code,
            slot_id=slot_id,
            window_id=window_id,
            region=region,
            slot_date=slot_date,
            start_time=start_time,
            end_time=end_time,
            period=period,
            name=name,
            phone_masked=phone_masked,
            matter=matter,
            status=status,
            status_name=status_name,
            source=source,
            booked_by=booked_by,
            marked_by=marked_by,
            reminder_sent=reminder_sent,
        )

        appointment_public.additional_properties = d
        return appointment_public

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

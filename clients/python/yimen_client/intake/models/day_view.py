from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.appointment_public import AppointmentPublic
    from ..models.day_view_counts import DayViewCounts
    from ..models.duty_public import DutyPublic
    from ..models.slot_public import SlotPublic


T = TypeVar("T", bound="DayView")


@_attrs_define
class DayView:
    """A window's day: its slots and who is booked in each, and the counts.

    Attributes:
        slot_date (datetime.date):
        region (str):
        slots (list[SlotPublic]):
        appointments (list[AppointmentPublic]):
        counts (DayViewCounts):
        duty (list[DutyPublic]):
    """

    slot_date: datetime.date
    region: str
    slots: list[SlotPublic]
    appointments: list[AppointmentPublic]
    counts: DayViewCounts
    duty: list[DutyPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slot_date = self.slot_date.isoformat()

        region = self.region

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        appointments = []
        for appointments_item_data in self.appointments:
            appointments_item = appointments_item_data.to_dict()
            appointments.append(appointments_item)

        counts = self.counts.to_dict()

        duty = []
        for duty_item_data in self.duty:
            duty_item = duty_item_data.to_dict()
            duty.append(duty_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slot_date": slot_date,
                "region": region,
                "slots": slots,
                "appointments": appointments,
                "counts": counts,
                "duty": duty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.appointment_public import AppointmentPublic
        from ..models.day_view_counts import DayViewCounts
        from ..models.duty_public import DutyPublic
        from ..models.slot_public import SlotPublic

        d = dict(src_dict)
        slot_date = datetime.date.fromisoformat(d.pop("slot_date"))

        region = d.pop("region")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = SlotPublic.from_dict(slots_item_data)

            slots.append(slots_item)

        appointments = []
        _appointments = d.pop("appointments")
        for appointments_item_data in _appointments:
            appointments_item = AppointmentPublic.from_dict(appointments_item_data)

            appointments.append(appointments_item)

        counts = DayViewCounts.from_dict(d.pop("counts"))

        duty = []
        _duty = d.pop("duty")
        for duty_item_data in _duty:
            duty_item = DutyPublic.from_dict(duty_item_data)

            duty.append(duty_item)

        day_view = cls(
            slot_date=slot_date,
            region=region,
            slots=slots,
            appointments=appointments,
            counts=counts,
            duty=duty,
        )

        day_view.additional_properties = d
        return day_view

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

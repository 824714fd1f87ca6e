from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppointmentCreate")


@_attrs_define
class AppointmentCreate:
    """A booking by window staff for a caller (phone or walk-in).

    Attributes:
        slot_id (int):
        name (str):
        phone (str):
        matter (str):
    """

    slot_id: int
    name: str
    phone: str
    matter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slot_id = self.slot_id

        name = self.name

        phone = self.phone

        matter = self.matter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slot_id": slot_id,
                "name": name,
                "phone": phone,
                "matter": matter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slot_id = d.pop("slot_id")

        name = d.pop("name")

        phone = d.pop("phone")

        matter = d.pop("matter")

        appointment_create = cls(
            slot_id=slot_id,
            name=name,
            phone=phone,
            matter=matter,
        )

        appointment_create.additional_properties = d
        return appointment_create

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

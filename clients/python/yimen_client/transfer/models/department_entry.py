from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_entry_integration_mode import (
    DepartmentEntryIntegrationMode,
    check_department_entry_integration_mode,
)
from ..models.department_type import DepartmentType, check_department_type

T = TypeVar("T", bound="DepartmentEntry")


@_attrs_define
class DepartmentEntry:
    """A department as every staff member sees it: who it is and how it receives slips; no endpoint or
    handlers (those are for administrators and the department itself, `DepartmentPublic`).

        Attributes:
            id (str):
            name (str):
            type_ (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of assistance).
            type_name (str):
            region (str):
            region_name (str):
            is_window (bool):
            integration_mode (DepartmentEntryIntegrationMode):
            head_name (str):
            phone (str):
            active (bool):
    """

    id: str
    name: str
    type_: DepartmentType
    type_name: str
    region: str
    region_name: str
    is_window: bool
    integration_mode: DepartmentEntryIntegrationMode
    head_name: str
    phone: str
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        type_name = self.type_name

        region = self.region

        region_name = self.region_name

        is_window = self.is_window

        integration_mode: str = self.integration_mode

        head_name = self.head_name

        phone = self.phone

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "type_name": type_name,
                "region": region,
                "region_name": region_name,
                "is_window": is_window,
                "integration_mode": integration_mode,
                "head_name": head_name,
                "phone": phone,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_department_type(d.pop("type"))

        type_name = d.pop("type_name")

        region = d.pop("region")

        region_name = d.pop("region_name")

        is_window = d.pop("is_window")

        integration_mode = check_department_entry_integration_mode(
            d.pop("integration_mode")
        )

        head_name = d.pop("head_name")

        phone = d.pop("phone")

        active = d.pop("active")

        department_entry = cls(
            id=id,
            name=name,
            type_=type_,
            type_name=type_name,
            region=region,
            region_name=region_name,
            is_window=is_window,
            integration_mode=integration_mode,
            head_name=head_name,
            phone=phone,
            active=active,
        )

        department_entry.additional_properties = d
        return department_entry

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

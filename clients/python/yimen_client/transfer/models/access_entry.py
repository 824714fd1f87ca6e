from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

T = TypeVar("T", bound="AccessEntry")


@_attrs_define
class AccessEntry:
    """One audited read of a slip's personal details.

    Attributes:
        subject (str):
        role (Role): Who is calling: staff roles, partner systems and Yimen's own services.
        department_id (None | str):
        at (datetime.datetime):
    """

    subject: str
    role: Role
    department_id: None | str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        role: str = self.role

        department_id: None | str
        department_id = self.department_id

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "role": role,
                "department_id": department_id,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject = d.pop("subject")

        role = check_role(d.pop("role"))

        def _parse_department_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department_id = _parse_department_id(d.pop("department_id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        access_entry = cls(
            subject=subject,
            role=role,
            department_id=department_id,
            at=at,
        )

        access_entry.additional_properties = d
        return access_entry

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

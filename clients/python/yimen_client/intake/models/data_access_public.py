from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

T = TypeVar("T", bound="DataAccessPublic")


@_attrs_define
class DataAccessPublic:
    """Who read or changed the case's personal data, and when (个人信息访问记录).

    Attributes:
        id (int):
        application_id (int):
        actor (str):
        role (Role): Who is calling: staff roles, partner systems and Yimen's own services.
        action (str):
        at (datetime.datetime):
    """

    id: int
    application_id: int
    actor: str
    role: Role
    action: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        actor = self.actor

        role: str = self.role

        action = self.action

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "actor": actor,
                "role": role,
                "action": action,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        actor = d.pop("actor")

        role = check_role(d.pop("role"))

        action = d.pop("action")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        data_access_public = cls(
            id=id,
            application_id=application_id,
            actor=actor,
            role=role,
            action=action,
            at=at,
        )

        data_access_public.additional_properties = d
        return data_access_public

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

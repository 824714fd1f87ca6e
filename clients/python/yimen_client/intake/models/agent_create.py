from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentCreate")


@_attrs_define
class AgentCreate:
    """An admin registers an agent or grid worker of a village/community, with a login.

    Attributes:
        username (str):
        password (str):
        name (str):
        region (str):
        community (str):
        id_number (str):
        role (Role | Unset): Who is calling: staff roles, partner systems and Yimen's own services.
        area (str | Unset):  Default: ''.
        phone (str | Unset):  Default: ''.
    """

    username: str
    password: str
    name: str
    region: str
    community: str
    id_number: str
    role: Role | Unset = UNSET
    area: str | Unset = ""
    phone: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        name = self.name

        region = self.region

        community = self.community

        id_number = self.id_number

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        area = self.area

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "name": name,
                "region": region,
                "community": community,
                "id_number": id_number,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if area is not UNSET:
            field_dict["area"] = area
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        name = d.pop("name")

        region = d.pop("region")

        community = d.pop("community")

        id_number = d.pop("id_number")

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_role(_role)

        area = d.pop("area", UNSET)

        phone = d.pop("phone", UNSET)

        agent_create = cls(
            username=username,
            password=password,
            name=name,
            region=region,
            community=community,
            id_number=id_number,
            role=role,
            area=area,
            phone=phone,
        )

        agent_create.additional_properties = d
        return agent_create

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

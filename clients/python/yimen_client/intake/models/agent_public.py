from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role

if TYPE_CHECKING:
    from ..models.agent_workload import AgentWorkload


T = TypeVar("T", bound="AgentPublic")


@_attrs_define
class AgentPublic:
    """An agent as listed (its own ID number masked).

    Attributes:
        username (str):
        role (Role): Who is calling: staff roles, partner systems and Yimen's own services.
        role_name (str):
        name (str):
        region (str):
        region_name (str):
        community (str):
        area (str):
        id_number_masked (str):
        phone (str):
        active (bool):
        workload (AgentWorkload): An agent's cases and field work, and how timely its cases were concluded.
    """

    username: str
    role: Role
    role_name: str
    name: str
    region: str
    region_name: str
    community: str
    area: str
    id_number_masked: str
    phone: str
    active: bool
    workload: AgentWorkload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        role: str = self.role

        role_name = self.role_name

        name = self.name

        region = self.region

        region_name = self.region_name

        community = self.community

        area = self.area

        id_number_masked = self.id_number_masked

        phone = self.phone

        active = self.active

        workload = self.workload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "role": role,
                "role_name": role_name,
                "name": name,
                "region": region,
                "region_name": region_name,
                "community": community,
                "area": area,
                "id_number_masked": id_number_masked,
                "phone": phone,
                "active": active,
                "workload": workload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_workload import AgentWorkload

        d = dict(src_dict)
        username = d.pop("username")

        role = check_role(d.pop("role"))

        role_name = d.pop("role_name")

        name = d.pop("name")

        region = d.pop("region")

        region_name = d.pop("region_name")

        community = d.pop("community")

        area = d.pop("area")

        id_number_masked = d.pop("id_number_masked")

        phone = d.pop("phone")

        active = d.pop("active")

        workload = AgentWorkload.from_dict(d.pop("workload"))

        agent_public = cls(
            username=username,
            role=role,
            role_name=role_name,
            name=name,
            region=region,
            region_name=region_name,
            community=community,
            area=area,
            id_number_masked=id_number_masked,
            phone=phone,
            active=active,
            workload=workload,
        )

        agent_public.additional_properties = d
        return agent_public

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

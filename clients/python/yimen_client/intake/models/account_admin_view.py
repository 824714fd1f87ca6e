from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role, check_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountAdminView")


@_attrs_define
class AccountAdminView:
    """An account as the accounts administrator sees it.

    Attributes:
        username (str):
        display_name (str):
        role (Role): Who is calling: staff roles, partner systems and Yimen's own services.
        region (str):
        region_name (str):
        active (bool):
        department_id (None | str | Unset):
    """

    username: str
    display_name: str
    role: Role
    region: str
    region_name: str
    active: bool
    department_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        display_name = self.display_name

        role: str = self.role

        region = self.region

        region_name = self.region_name

        active = self.active

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "display_name": display_name,
                "role": role,
                "region": region,
                "region_name": region_name,
                "active": active,
            }
        )
        if department_id is not UNSET:
            field_dict["department_id"] = department_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        display_name = d.pop("display_name")

        role = check_role(d.pop("role"))

        region = d.pop("region")

        region_name = d.pop("region_name")

        active = d.pop("active")

        def _parse_department_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        account_admin_view = cls(
            username=username,
            display_name=display_name,
            role=role,
            region=region,
            region_name=region_name,
            active=active,
            department_id=department_id,
        )

        account_admin_view.additional_properties = d
        return account_admin_view

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

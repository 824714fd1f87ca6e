from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_create_integration_mode import (
    DepartmentCreateIntegrationMode,
    check_department_create_integration_mode,
)
from ..models.department_type import DepartmentType, check_department_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentCreate")


@_attrs_define
class DepartmentCreate:
    """A new receiver in the directory (administrator).

    Attributes:
        id (str):
        name (str):
        type_ (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of assistance).
        region (str):
        is_window (bool | Unset):  Default: False.
        integration_mode (DepartmentCreateIntegrationMode | Unset):  Default: 'web'.
        callback_url (None | str | Unset):
        handler_a (str | Unset):  Default: ''.
        handler_b (str | Unset):  Default: ''.
        head_name (str | Unset):  Default: ''.
        phone (str | Unset):  Default: ''.
    """

    id: str
    name: str
    type_: DepartmentType
    region: str
    is_window: bool | Unset = False
    integration_mode: DepartmentCreateIntegrationMode | Unset = "web"
    callback_url: None | str | Unset = UNSET
    handler_a: str | Unset = ""
    handler_b: str | Unset = ""
    head_name: str | Unset = ""
    phone: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        region = self.region

        is_window = self.is_window

        integration_mode: str | Unset = UNSET
        if not isinstance(self.integration_mode, Unset):
            integration_mode = self.integration_mode

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        handler_a = self.handler_a

        handler_b = self.handler_b

        head_name = self.head_name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "region": region,
            }
        )
        if is_window is not UNSET:
            field_dict["is_window"] = is_window
        if integration_mode is not UNSET:
            field_dict["integration_mode"] = integration_mode
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if handler_a is not UNSET:
            field_dict["handler_a"] = handler_a
        if handler_b is not UNSET:
            field_dict["handler_b"] = handler_b
        if head_name is not UNSET:
            field_dict["head_name"] = head_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_department_type(d.pop("type"))

        region = d.pop("region")

        is_window = d.pop("is_window", UNSET)

        _integration_mode = d.pop("integration_mode", UNSET)
        integration_mode: DepartmentCreateIntegrationMode | Unset
        if isinstance(_integration_mode, Unset):
            integration_mode = UNSET
        else:
            integration_mode = check_department_create_integration_mode(
                _integration_mode
            )

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        handler_a = d.pop("handler_a", UNSET)

        handler_b = d.pop("handler_b", UNSET)

        head_name = d.pop("head_name", UNSET)

        phone = d.pop("phone", UNSET)

        department_create = cls(
            id=id,
            name=name,
            type_=type_,
            region=region,
            is_window=is_window,
            integration_mode=integration_mode,
            callback_url=callback_url,
            handler_a=handler_a,
            handler_b=handler_b,
            head_name=head_name,
            phone=phone,
        )

        department_create.additional_properties = d
        return department_create

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

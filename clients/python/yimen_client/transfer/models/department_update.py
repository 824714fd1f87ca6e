from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_update_integration_mode_type_0 import (
    DepartmentUpdateIntegrationModeType0,
    check_department_update_integration_mode_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentUpdate")


@_attrs_define
class DepartmentUpdate:
    """Fields an administrator may change; `callback_disabled: false` re-enables a disabled endpoint.

    Attributes:
        name (None | str | Unset):
        integration_mode (DepartmentUpdateIntegrationModeType0 | None | Unset):
        callback_url (None | str | Unset):
        handler_a (None | str | Unset):
        handler_b (None | str | Unset):
        a_away (bool | None | Unset):
        head_name (None | str | Unset):
        phone (None | str | Unset):
        active (bool | None | Unset):
        callback_disabled (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    integration_mode: DepartmentUpdateIntegrationModeType0 | None | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    handler_a: None | str | Unset = UNSET
    handler_b: None | str | Unset = UNSET
    a_away: bool | None | Unset = UNSET
    head_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    callback_disabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        integration_mode: None | str | Unset
        if isinstance(self.integration_mode, Unset):
            integration_mode = UNSET
        elif isinstance(self.integration_mode, str):
            integration_mode = self.integration_mode
        else:
            integration_mode = self.integration_mode

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        handler_a: None | str | Unset
        if isinstance(self.handler_a, Unset):
            handler_a = UNSET
        else:
            handler_a = self.handler_a

        handler_b: None | str | Unset
        if isinstance(self.handler_b, Unset):
            handler_b = UNSET
        else:
            handler_b = self.handler_b

        a_away: bool | None | Unset
        if isinstance(self.a_away, Unset):
            a_away = UNSET
        else:
            a_away = self.a_away

        head_name: None | str | Unset
        if isinstance(self.head_name, Unset):
            head_name = UNSET
        else:
            head_name = self.head_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        callback_disabled: bool | None | Unset
        if isinstance(self.callback_disabled, Unset):
            callback_disabled = UNSET
        else:
            callback_disabled = self.callback_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if integration_mode is not UNSET:
            field_dict["integration_mode"] = integration_mode
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if handler_a is not UNSET:
            field_dict["handler_a"] = handler_a
        if handler_b is not UNSET:
            field_dict["handler_b"] = handler_b
        if a_away is not UNSET:
            field_dict["a_away"] = a_away
        if head_name is not UNSET:
            field_dict["head_name"] = head_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if active is not UNSET:
            field_dict["active"] = active
        if callback_disabled is not UNSET:
            field_dict["callback_disabled"] = callback_disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_integration_mode(
            data: object,
        ) -> DepartmentUpdateIntegrationModeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                integration_mode_type_0 = (
                    check_department_update_integration_mode_type_0(data)
                )

                return integration_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepartmentUpdateIntegrationModeType0 | None | Unset, data)

        integration_mode = _parse_integration_mode(d.pop("integration_mode", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_handler_a(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handler_a = _parse_handler_a(d.pop("handler_a", UNSET))

        def _parse_handler_b(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handler_b = _parse_handler_b(d.pop("handler_b", UNSET))

        def _parse_a_away(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        a_away = _parse_a_away(d.pop("a_away", UNSET))

        def _parse_head_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        head_name = _parse_head_name(d.pop("head_name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_callback_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        callback_disabled = _parse_callback_disabled(d.pop("callback_disabled", UNSET))

        department_update = cls(
            name=name,
            integration_mode=integration_mode,
            callback_url=callback_url,
            handler_a=handler_a,
            handler_b=handler_b,
            a_away=a_away,
            head_name=head_name,
            phone=phone,
            active=active,
            callback_disabled=callback_disabled,
        )

        department_update.additional_properties = d
        return department_update

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

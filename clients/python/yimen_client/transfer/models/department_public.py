from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_public_integration_mode import (
    DepartmentPublicIntegrationMode,
    check_department_public_integration_mode,
)
from ..models.department_type import DepartmentType, check_department_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret_info import SecretInfo


T = TypeVar("T", bound="DepartmentPublic")


@_attrs_define
class DepartmentPublic:
    """A department as administrators and the department itself see it (no secrets).

    Attributes:
        id (str):
        name (str):
        type_ (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of assistance).
        type_name (str):
        region (str):
        region_name (str):
        is_window (bool):
        integration_mode (DepartmentPublicIntegrationMode):
        callback_url (None | str):
        callback_disabled (bool):
        handler_a (str):
        handler_b (str):
        a_away (bool):
        current_handler (str):
        head_name (str):
        phone (str):
        active (bool):
        signing_secrets (list[SecretInfo] | Unset):
        client_token_prefix (None | str | Unset):
        open_alerts (list[str] | Unset):
    """

    id: str
    name: str
    type_: DepartmentType
    type_name: str
    region: str
    region_name: str
    is_window: bool
    integration_mode: DepartmentPublicIntegrationMode
    callback_url: None | str
    callback_disabled: bool
    handler_a: str
    handler_b: str
    a_away: bool
    current_handler: str
    head_name: str
    phone: str
    active: bool
    signing_secrets: list[SecretInfo] | Unset = UNSET
    client_token_prefix: None | str | Unset = UNSET
    open_alerts: list[str] | Unset = UNSET
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

        callback_url: None | str
        callback_url = self.callback_url

        callback_disabled = self.callback_disabled

        handler_a = self.handler_a

        handler_b = self.handler_b

        a_away = self.a_away

        current_handler = self.current_handler

        head_name = self.head_name

        phone = self.phone

        active = self.active

        signing_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signing_secrets, Unset):
            signing_secrets = []
            for signing_secrets_item_data in self.signing_secrets:
                signing_secrets_item = signing_secrets_item_data.to_dict()
                signing_secrets.append(signing_secrets_item)

        client_token_prefix: None | str | Unset
        if isinstance(self.client_token_prefix, Unset):
            client_token_prefix = UNSET
        else:
            client_token_prefix = self.client_token_prefix

        open_alerts: list[str] | Unset = UNSET
        if not isinstance(self.open_alerts, Unset):
            open_alerts = self.open_alerts

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
                "callback_url": callback_url,
                "callback_disabled": callback_disabled,
                "handler_a": handler_a,
                "handler_b": handler_b,
                "a_away": a_away,
                "current_handler": current_handler,
                "head_name": head_name,
                "phone": phone,
                "active": active,
            }
        )
        if signing_secrets is not UNSET:
            field_dict["signing_secrets"] = signing_secrets
        if client_token_prefix is not UNSET:
            field_dict["client_token_prefix"] = client_token_prefix
        if open_alerts is not UNSET:
            field_dict["open_alerts"] = open_alerts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.secret_info import SecretInfo

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_department_type(d.pop("type"))

        type_name = d.pop("type_name")

        region = d.pop("region")

        region_name = d.pop("region_name")

        is_window = d.pop("is_window")

        integration_mode = check_department_public_integration_mode(
            d.pop("integration_mode")
        )

        def _parse_callback_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        callback_url = _parse_callback_url(d.pop("callback_url"))

        callback_disabled = d.pop("callback_disabled")

        handler_a = d.pop("handler_a")

        handler_b = d.pop("handler_b")

        a_away = d.pop("a_away")

        current_handler = d.pop("current_handler")

        head_name = d.pop("head_name")

        phone = d.pop("phone")

        active = d.pop("active")

        _signing_secrets = d.pop("signing_secrets", UNSET)
        signing_secrets: list[SecretInfo] | Unset = UNSET
        if _signing_secrets is not UNSET:
            signing_secrets = []
            for signing_secrets_item_data in _signing_secrets:
                signing_secrets_item = SecretInfo.from_dict(signing_secrets_item_data)

                signing_secrets.append(signing_secrets_item)

        def _parse_client_token_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_token_prefix = _parse_client_token_prefix(
            d.pop("client_token_prefix", UNSET)
        )

        open_alerts = cast(list[str], d.pop("open_alerts", UNSET))

        department_public = cls(
            id=id,
            name=name,
            type_=type_,
            type_name=type_name,
            region=region,
            region_name=region_name,
            is_window=is_window,
            integration_mode=integration_mode,
            callback_url=callback_url,
            callback_disabled=callback_disabled,
            handler_a=handler_a,
            handler_b=handler_b,
            a_away=a_away,
            current_handler=current_handler,
            head_name=head_name,
            phone=phone,
            active=active,
            signing_secrets=signing_secrets,
            client_token_prefix=client_token_prefix,
            open_alerts=open_alerts,
        )

        department_public.additional_properties = d
        return department_public

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

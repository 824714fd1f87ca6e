from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DisclosureObjectionPublic")


@_attrs_define
class DisclosureObjectionPublic:
    """An objection as staff handle it.

    Attributes:
        number (int):
        grant_id (int | None):
        street (str):
        street_name (str):
        content (str):
        contact (str):
        received_at (datetime.datetime):
        reply (None | str):
        replied_by (None | str):
        replied_at (datetime.datetime | None):
    """

    number: int
    grant_id: int | None
    street: str
    street_name: str
    content: str
    contact: str
    received_at: datetime.datetime
    reply: None | str
    replied_by: None | str
    replied_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        grant_id: int | None
        grant_id = self.grant_id

        street = self.street

        street_name = self.street_name

        content = self.content

        contact = self.contact

        received_at = self.received_at.isoformat()

        reply: None | str
        reply = self.reply

        replied_by: None | str
        replied_by = self.replied_by

        replied_at: None | str
        if isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "grant_id": grant_id,
                "street": street,
                "street_name": street_name,
                "content": content,
                "contact": contact,
                "received_at": received_at,
                "reply": reply,
                "replied_by": replied_by,
                "replied_at": replied_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_grant_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        grant_id = _parse_grant_id(d.pop("grant_id"))

        street = d.pop("street")

        street_name = d.pop("street_name")

        content = d.pop("content")

        contact = d.pop("contact")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_reply(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reply = _parse_reply(d.pop("reply"))

        def _parse_replied_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replied_by = _parse_replied_by(d.pop("replied_by"))

        def _parse_replied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_at_type_0 = datetime.datetime.fromisoformat(data)

                return replied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        replied_at = _parse_replied_at(d.pop("replied_at"))

        disclosure_objection_public = cls(
            number=number,
            grant_id=grant_id,
            street=street,
            street_name=street_name,
            content=content,
            contact=contact,
            received_at=received_at,
            reply=reply,
            replied_by=replied_by,
            replied_at=replied_at,
        )

        disclosure_objection_public.additional_properties = d
        return disclosure_objection_public

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

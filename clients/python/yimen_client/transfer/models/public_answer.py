from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicAnswer")


@_attrs_define
class PublicAnswer:
    """An answered objection as the public sees it: what was raised and the answer, personal data masked.

    Attributes:
        number (int): 异议编号
        grant_id (int | None): 所指公示条目（对整个街道的异议为空）
        street_name (str):
        community (None | str):
        received_date (datetime.date):
        content (str): 异议内容（身份证号、电话、邮箱、受助人姓名已脱敏）
        reply (str): 答复（同样脱敏）
        replied_date (datetime.date):
    """

    number: int
    grant_id: int | None
    street_name: str
    community: None | str
    received_date: datetime.date
    content: str
    reply: str
    replied_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        grant_id: int | None
        grant_id = self.grant_id

        street_name = self.street_name

        community: None | str
        community = self.community

        received_date = self.received_date.isoformat()

        content = self.content

        reply = self.reply

        replied_date = self.replied_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "grant_id": grant_id,
                "street_name": street_name,
                "community": community,
                "received_date": received_date,
                "content": content,
                "reply": reply,
                "replied_date": replied_date,
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

        street_name = d.pop("street_name")

        def _parse_community(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        community = _parse_community(d.pop("community"))

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        content = d.pop("content")

        reply = d.pop("reply")

        replied_date = datetime.date.fromisoformat(d.pop("replied_date"))

        public_answer = cls(
            number=number,
            grant_id=grant_id,
            street_name=street_name,
            community=community,
            received_date=received_date,
            content=content,
            reply=reply,
            replied_date=replied_date,
        )

        public_answer.additional_properties = d
        return public_answer

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

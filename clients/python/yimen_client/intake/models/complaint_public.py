from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.complaint_public_channel import (
    ComplaintPublicChannel,
    check_complaint_public_channel,
)
from ..models.complaint_public_status import (
    ComplaintPublicStatus,
    check_complaint_public_status,
)

T = TypeVar("T", bound="ComplaintPublic")


@_attrs_define
class ComplaintPublic:
    """A complaint in the ledger, with its handler, reply and whether the reply is late.

    Attributes:
        id (int):
        number (str):
        channel (ComplaintPublicChannel):
        region (str):
        complainant_name (str):
        contact (str):
        case_number (None | str):
        content (str):
        received_date (datetime.date):
        due_date (datetime.date): 答复期限：受理后5个工作日
        handler (None | str):
        reply (None | str):
        replied_by (None | str):
        replied_at (datetime.datetime | None):
        status (ComplaintPublicStatus):
        recorded_by (None | str): 窗口登记的工作人员；网上投诉为空
        created_at (datetime.datetime):
        overdue (bool):
    """

    id: int
    number: str
    channel: ComplaintPublicChannel
    region: str
    complainant_name: str
    contact: str
    case_number: None | str
    content: str
    received_date: datetime.date
    due_date: datetime.date
    handler: None | str
    reply: None | str
    replied_by: None | str
    replied_at: datetime.datetime | None
    status: ComplaintPublicStatus
    recorded_by: None | str
    created_at: datetime.datetime
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        channel: str = self.channel

        region = self.region

        complainant_name = self.complainant_name

        contact = self.contact

        case_number: None | str
        case_number = self.case_number

        content = self.content

        received_date = self.received_date.isoformat()

        due_date = self.due_date.isoformat()

        handler: None | str
        handler = self.handler

        reply: None | str
        reply = self.reply

        replied_by: None | str
        replied_by = self.replied_by

        replied_at: None | str
        if isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        status: str = self.status

        recorded_by: None | str
        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "channel": channel,
                "region": region,
                "complainant_name": complainant_name,
                "contact": contact,
                "case_number": case_number,
                "content": content,
                "received_date": received_date,
                "due_date": due_date,
                "handler": handler,
                "reply": reply,
                "replied_by": replied_by,
                "replied_at": replied_at,
                "status": status,
                "recorded_by": recorded_by,
                "created_at": created_at,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        channel = check_complaint_public_channel(d.pop("channel"))

        region = d.pop("region")

        complainant_name = d.pop("complainant_name")

        contact = d.pop("contact")

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        content = d.pop("content")

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_handler(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        handler = _parse_handler(d.pop("handler"))

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

        status = check_complaint_public_status(d.pop("status"))

        def _parse_recorded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        overdue = d.pop("overdue")

        complaint_public = cls(
            id=id,
            number=number,
            channel=channel,
            region=region,
            complainant_name=complainant_name,
            contact=contact,
            case_number=case_number,
            content=content,
            received_date=received_date,
            due_date=due_date,
            handler=handler,
            reply=reply,
            replied_by=replied_by,
            replied_at=replied_at,
            status=status,
            recorded_by=recorded_by,
            created_at=created_at,
            overdue=overdue,
        )

        complaint_public.additional_properties = d
        return complaint_public

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

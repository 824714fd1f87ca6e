from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressDepartment")


@_attrs_define
class ProgressDepartment:
    """A department the case went to and how far it got (no staff names).

    Attributes:
        receiver_name (str):
        kind_name (str):
        progress (str):
        date (datetime.date):
        reply (None | str | Unset): 承办部门致申请人的答复（反馈后才有；证件号和手机号打码）
        reply_date (datetime.date | None | Unset): 答复日期（北京时间）
    """

    receiver_name: str
    kind_name: str
    progress: str
    date: datetime.date
    reply: None | str | Unset = UNSET
    reply_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_name = self.receiver_name

        kind_name = self.kind_name

        progress = self.progress

        date = self.date.isoformat()

        reply: None | str | Unset
        if isinstance(self.reply, Unset):
            reply = UNSET
        else:
            reply = self.reply

        reply_date: None | str | Unset
        if isinstance(self.reply_date, Unset):
            reply_date = UNSET
        elif isinstance(self.reply_date, datetime.date):
            reply_date = self.reply_date.isoformat()
        else:
            reply_date = self.reply_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiver_name": receiver_name,
                "kind_name": kind_name,
                "progress": progress,
                "date": date,
            }
        )
        if reply is not UNSET:
            field_dict["reply"] = reply
        if reply_date is not UNSET:
            field_dict["reply_date"] = reply_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        receiver_name = d.pop("receiver_name")

        kind_name = d.pop("kind_name")

        progress = d.pop("progress")

        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_reply(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply = _parse_reply(d.pop("reply", UNSET))

        def _parse_reply_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_date_type_0 = datetime.date.fromisoformat(data)

                return reply_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reply_date = _parse_reply_date(d.pop("reply_date", UNSET))

        progress_department = cls(
            receiver_name=receiver_name,
            kind_name=kind_name,
            progress=progress,
            date=date,
            reply=reply,
            reply_date=reply_date,
        )

        progress_department.additional_properties = d
        return progress_department

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consultation_channel import (
    ConsultationChannel,
    check_consultation_channel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsultationCreate")


@_attrs_define
class ConsultationCreate:
    """A visit, call or online question, recorded by the staff member who took it (首问责任人).

    Attributes:
        channel (ConsultationChannel): How a consultation reached the first responder (首问负责制 第三条、第十条).
        visitor_name (str):
        matter (str):
        contact (str | Unset):  Default: ''.
        id_number (None | str | Unset):
        hukou_region (None | str | Unset):
        item_codes (list[str] | Unset):
        answer (str | Unset):  Default: ''.
        one_time_notice (bool | Unset): 按所选事项从事项目录生成一次性告知的材料清单并记录（一次性告知制度 第六条） Default: False.
        follow_up_days (int | None | Unset): 几个工作日内回访（不需回访则不填）
        at (datetime.datetime | None | Unset): 来访或来电时间（默认现在；补登不得早于30天）
    """

    channel: ConsultationChannel
    visitor_name: str
    matter: str
    contact: str | Unset = ""
    id_number: None | str | Unset = UNSET
    hukou_region: None | str | Unset = UNSET
    item_codes: list[str] | Unset = UNSET
    answer: str | Unset = ""
    one_time_notice: bool | Unset = False
    follow_up_days: int | None | Unset = UNSET
    at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        visitor_name = self.visitor_name

        matter = self.matter

        contact = self.contact

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        hukou_region: None | str | Unset
        if isinstance(self.hukou_region, Unset):
            hukou_region = UNSET
        else:
            hukou_region = self.hukou_region

        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        answer = self.answer

        one_time_notice = self.one_time_notice

        follow_up_days: int | None | Unset
        if isinstance(self.follow_up_days, Unset):
            follow_up_days = UNSET
        else:
            follow_up_days = self.follow_up_days

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "visitor_name": visitor_name,
                "matter": matter,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if hukou_region is not UNSET:
            field_dict["hukou_region"] = hukou_region
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if answer is not UNSET:
            field_dict["answer"] = answer
        if one_time_notice is not UNSET:
            field_dict["one_time_notice"] = one_time_notice
        if follow_up_days is not UNSET:
            field_dict["follow_up_days"] = follow_up_days
        if at is not UNSET:
            field_dict["at"] = at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = check_consultation_channel(d.pop("channel"))

        visitor_name = d.pop("visitor_name")

        matter = d.pop("matter")

        contact = d.pop("contact", UNSET)

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        def _parse_hukou_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hukou_region = _parse_hukou_region(d.pop("hukou_region", UNSET))

        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        answer = d.pop("answer", UNSET)

        one_time_notice = d.pop("one_time_notice", UNSET)

        def _parse_follow_up_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_days = _parse_follow_up_days(d.pop("follow_up_days", UNSET))

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        consultation_create = cls(
            channel=channel,
            visitor_name=visitor_name,
            matter=matter,
            contact=contact,
            id_number=id_number,
            hukou_region=hukou_region,
            item_codes=item_codes,
            answer=answer,
            one_time_notice=one_time_notice,
            follow_up_days=follow_up_days,
            at=at,
        )

        consultation_create.additional_properties = d
        return consultation_create

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

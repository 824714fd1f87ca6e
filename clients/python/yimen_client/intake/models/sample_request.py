from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleRequest")


@_attrs_define
class SampleRequest:
    """What to draw from: the same inputs over the same data give the same cases.

    Attributes:
        seed (int): 随机种子（相同输入、相同数据得到相同样本）
        size (int): 抽取件数，最多 500
        region (str): 区（6 位）或街道（9 位）代码
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset): 收件日期起
        date_to (datetime.date | None | Unset): 收件日期止
        auditors (list[str] | Unset): 随机选派：每件从中随机指定一名检查人员（用户名）
    """

    seed: int
    size: int
    region: str
    item_code: None | str | Unset = UNSET
    date_from: datetime.date | None | Unset = UNSET
    date_to: datetime.date | None | Unset = UNSET
    auditors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed = self.seed

        size = self.size

        region = self.region

        item_code: None | str | Unset
        if isinstance(self.item_code, Unset):
            item_code = UNSET
        else:
            item_code = self.item_code

        date_from: None | str | Unset
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        elif isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str | Unset
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        elif isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        auditors: list[str] | Unset = UNSET
        if not isinstance(self.auditors, Unset):
            auditors = self.auditors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "size": size,
                "region": region,
            }
        )
        if item_code is not UNSET:
            field_dict["item_code"] = item_code
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if auditors is not UNSET:
            field_dict["auditors"] = auditors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seed = d.pop("seed")

        size = d.pop("size")

        region = d.pop("region")

        def _parse_item_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_code = _parse_item_code(d.pop("item_code", UNSET))

        def _parse_date_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_from_type_0 = datetime.date.fromisoformat(data)

                return date_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_from = _parse_date_from(d.pop("date_from", UNSET))

        def _parse_date_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_to_type_0 = datetime.date.fromisoformat(data)

                return date_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_to = _parse_date_to(d.pop("date_to", UNSET))

        auditors = cast(list[str], d.pop("auditors", UNSET))

        sample_request = cls(
            seed=seed,
            size=size,
            region=region,
            item_code=item_code,
            date_from=date_from,
            date_to=date_to,
            auditors=auditors,
        )

        sample_request.additional_properties = d
        return sample_request

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadEntry")


@_attrs_define
class ReadEntry:
    """A case read (个人信息访问记录) or a list/look-up/export (列表、查询、导出记录), newest first.

    Attributes:
        source (str): case 单个案件 | list 列表、查询、导出
        actor (str):
        role (str):
        action (str):
        action_name (str):
        at (datetime.datetime):
        case_number (None | str | Unset):
        household (str | Unset): 脱敏的身份证号或电话 Default: ''.
        filters (str | Unset): 查询或导出的条件（身份证号、电话已脱敏） Default: ''.
        row_count (int | None | Unset): 列表或导出的行数
    """

    source: str
    actor: str
    role: str
    action: str
    action_name: str
    at: datetime.datetime
    case_number: None | str | Unset = UNSET
    household: str | Unset = ""
    filters: str | Unset = ""
    row_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        actor = self.actor

        role = self.role

        action = self.action

        action_name = self.action_name

        at = self.at.isoformat()

        case_number: None | str | Unset
        if isinstance(self.case_number, Unset):
            case_number = UNSET
        else:
            case_number = self.case_number

        household = self.household

        filters = self.filters

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "actor": actor,
                "role": role,
                "action": action,
                "action_name": action_name,
                "at": at,
            }
        )
        if case_number is not UNSET:
            field_dict["case_number"] = case_number
        if household is not UNSET:
            field_dict["household"] = household
        if filters is not UNSET:
            field_dict["filters"] = filters
        if row_count is not UNSET:
            field_dict["row_count"] = row_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        actor = d.pop("actor")

        role = d.pop("role")

        action = d.pop("action")

        action_name = d.pop("action_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_number = _parse_case_number(d.pop("case_number", UNSET))

        household = d.pop("household", UNSET)

        filters = d.pop("filters", UNSET)

        def _parse_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_count = _parse_row_count(d.pop("row_count", UNSET))

        read_entry = cls(
            source=source,
            actor=actor,
            role=role,
            action=action,
            action_name=action_name,
            at=at,
            case_number=case_number,
            household=household,
            filters=filters,
            row_count=row_count,
        )

        read_entry.additional_properties = d
        return read_entry

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

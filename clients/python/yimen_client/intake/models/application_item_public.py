from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationItemPublic")


@_attrs_define
class ApplicationItemPublic:
    """An item applied for, with the catalogue facts at the time of application.

    Attributes:
        item_code (str):
        item_name (str):
        case_type (str):
        time_limit_days (int):
        exclusive_with (list[str]):
    """

    item_code: str
    item_name: str
    case_type: str
    time_limit_days: int
    exclusive_with: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        item_name = self.item_name

        case_type = self.case_type

        time_limit_days = self.time_limit_days

        exclusive_with = self.exclusive_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "item_name": item_name,
                "case_type": case_type,
                "time_limit_days": time_limit_days,
                "exclusive_with": exclusive_with,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        case_type = d.pop("case_type")

        time_limit_days = d.pop("time_limit_days")

        exclusive_with = cast(list[str], d.pop("exclusive_with"))

        application_item_public = cls(
            item_code=item_code,
            item_name=item_name,
            case_type=case_type,
            time_limit_days=time_limit_days,
            exclusive_with=exclusive_with,
        )

        application_item_public.additional_properties = d
        return application_item_public

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RatingReceipt")


@_attrs_define
class RatingReceipt:
    """The rating as recorded.

    Attributes:
        case_number (str):
        level (int):
        level_name (str):
    """

    case_number: str
    level: int
    level_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        level = self.level

        level_name = self.level_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "level": level,
                "level_name": level_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("case_number")

        level = d.pop("level")

        level_name = d.pop("level_name")

        rating_receipt = cls(
            case_number=case_number,
            level=level,
            level_name=level_name,
        )

        rating_receipt.additional_properties = d
        return rating_receipt

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

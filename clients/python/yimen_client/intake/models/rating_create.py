from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RatingCreate")


@_attrs_define
class RatingCreate:
    """好差评: one per concluded case, proven by the case number and the last 6 of the ID number.

    Attributes:
        case_number (str):
        id_last6 (str):
        level (int): 5 非常满意 … 1 非常不满意
        comment (str | Unset):  Default: ''.
    """

    case_number: str
    id_last6: str
    level: int
    comment: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        id_last6 = self.id_last6

        level = self.level

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "id_last6": id_last6,
                "level": level,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_number = d.pop("case_number")

        id_last6 = d.pop("id_last6")

        level = d.pop("level")

        comment = d.pop("comment", UNSET)

        rating_create = cls(
            case_number=case_number,
            id_last6=id_last6,
            level=level,
            comment=comment,
        )

        rating_create.additional_properties = d
        return rating_create

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

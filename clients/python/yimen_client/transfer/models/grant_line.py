from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GrantLine")


@_attrs_define
class GrantLine:
    """One recorded grant.

    Attributes:
        item_code (str):
        amount (str):
        grant_date (datetime.date):
        case_number (str):
        id_number (str):
    """

    item_code: str
    amount: str
    grant_date: datetime.date
    case_number: str
    id_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        amount = self.amount

        grant_date = self.grant_date.isoformat()

        case_number = self.case_number

        id_number = self.id_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "amount": amount,
                "grant_date": grant_date,
                "case_number": case_number,
                "id_number": id_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        amount = d.pop("amount")

        grant_date = datetime.date.fromisoformat(d.pop("grant_date"))

        case_number = d.pop("case_number")

        id_number = d.pop("id_number")

        grant_line = cls(
            item_code=item_code,
            amount=amount,
            grant_date=grant_date,
            case_number=case_number,
            id_number=id_number,
        )

        grant_line.additional_properties = d
        return grant_line

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmergencyAidPublic")


@_attrs_define
class EmergencyAidPublic:
    """Emergency aid given first, as recorded.

    Attributes:
        id (int):
        case_id (int):
        given_by (str):
        what (str):
        amount (str):
        given_date (datetime.date):
        recorded_by (str):
    """

    id: int
    case_id: int
    given_by: str
    what: str
    amount: str
    given_date: datetime.date
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        case_id = self.case_id

        given_by = self.given_by

        what = self.what

        amount = self.amount

        given_date = self.given_date.isoformat()

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "given_by": given_by,
                "what": what,
                "amount": amount,
                "given_date": given_date,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        case_id = d.pop("case_id")

        given_by = d.pop("given_by")

        what = d.pop("what")

        amount = d.pop("amount")

        given_date = datetime.date.fromisoformat(d.pop("given_date"))

        recorded_by = d.pop("recorded_by")

        emergency_aid_public = cls(
            id=id,
            case_id=case_id,
            given_by=given_by,
            what=what,
            amount=amount,
            given_date=given_date,
            recorded_by=recorded_by,
        )

        emergency_aid_public.additional_properties = d
        return emergency_aid_public

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

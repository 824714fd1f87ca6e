from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyAidIn")


@_attrs_define
class EmergencyAidIn:
    """Emergency aid given first (先行救助).

    Attributes:
        given_by (str):
        what (str):
        amount (str | Unset):  Default: '0'.
        given_date (datetime.date | None | Unset):
    """

    given_by: str
    what: str
    amount: str | Unset = "0"
    given_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given_by = self.given_by

        what = self.what

        amount = self.amount

        given_date: None | str | Unset
        if isinstance(self.given_date, Unset):
            given_date = UNSET
        elif isinstance(self.given_date, datetime.date):
            given_date = self.given_date.isoformat()
        else:
            given_date = self.given_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "given_by": given_by,
                "what": what,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if given_date is not UNSET:
            field_dict["given_date"] = given_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        given_by = d.pop("given_by")

        what = d.pop("what")

        amount = d.pop("amount", UNSET)

        def _parse_given_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                given_date_type_0 = datetime.date.fromisoformat(data)

                return given_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        given_date = _parse_given_date(d.pop("given_date", UNSET))

        emergency_aid_in = cls(
            given_by=given_by,
            what=what,
            amount=amount,
            given_date=given_date,
        )

        emergency_aid_in.additional_properties = d
        return emergency_aid_in

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

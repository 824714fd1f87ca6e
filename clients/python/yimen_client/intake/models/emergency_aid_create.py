from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyAidCreate")


@_attrs_define
class EmergencyAidCreate:
    """Who gave what, how much (yuan, a decimal string; 0 for aid in kind) and on which day (default today).

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

        emergency_aid_create = cls(
            given_by=given_by,
            what=what,
            amount=amount,
            given_date=given_date,
        )

        return emergency_aid_create

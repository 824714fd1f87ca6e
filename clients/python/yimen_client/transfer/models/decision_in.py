from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionIn")


@_attrs_define
class DecisionIn:
    """The group's decision (the majority of the votes cast): amount, period and reason.

    Attributes:
        reason (str):
        amount (None | str | Unset):
        period (str | Unset):  Default: '一次性'.
        grant_date (datetime.date | None | Unset):
    """

    reason: str
    amount: None | str | Unset = UNSET
    period: str | Unset = "一次性"
    grant_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        period = self.period

        grant_date: None | str | Unset
        if isinstance(self.grant_date, Unset):
            grant_date = UNSET
        elif isinstance(self.grant_date, datetime.date):
            grant_date = self.grant_date.isoformat()
        else:
            grant_date = self.grant_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if period is not UNSET:
            field_dict["period"] = period
        if grant_date is not UNSET:
            field_dict["grant_date"] = grant_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        period = d.pop("period", UNSET)

        def _parse_grant_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grant_date_type_0 = datetime.date.fromisoformat(data)

                return grant_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        grant_date = _parse_grant_date(d.pop("grant_date", UNSET))

        decision_in = cls(
            reason=reason,
            amount=amount,
            period=period,
            grant_date=grant_date,
        )

        decision_in.additional_properties = d
        return decision_in

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

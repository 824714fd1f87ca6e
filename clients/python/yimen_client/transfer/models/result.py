from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_outcome import ResultOutcome, check_result_outcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """办理结果: approved (with the amount paid, which records a grant) or denied, with the reason.

    Attributes:
        type_ (Literal['result']):
        outcome (ResultOutcome):
        reason (str):
        amount (None | str | Unset):
        grant_date (datetime.date | None | Unset):
        handler (str | Unset):  Default: ''.
    """

    type_: Literal["result"]
    outcome: ResultOutcome
    reason: str
    amount: None | str | Unset = UNSET
    grant_date: datetime.date | None | Unset = UNSET
    handler: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        outcome: str = self.outcome

        reason = self.reason

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        grant_date: None | str | Unset
        if isinstance(self.grant_date, Unset):
            grant_date = UNSET
        elif isinstance(self.grant_date, datetime.date):
            grant_date = self.grant_date.isoformat()
        else:
            grant_date = self.grant_date

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "outcome": outcome,
                "reason": reason,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if grant_date is not UNSET:
            field_dict["grant_date"] = grant_date
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["result"], d.pop("type"))
        if type_ != "result":
            raise ValueError(f"type must match const 'result', got '{type_}'")

        outcome = check_result_outcome(d.pop("outcome"))

        reason = d.pop("reason")

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

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

        handler = d.pop("handler", UNSET)

        result = cls(
            type_=type_,
            outcome=outcome,
            reason=reason,
            amount=amount,
            grant_date=grant_date,
            handler=handler,
        )

        result.additional_properties = d
        return result

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

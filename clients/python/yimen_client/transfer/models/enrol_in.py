from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enrol_in_facts import EnrolInFacts


T = TypeVar("T", bound="EnrolIn")


@_attrs_define
class EnrolIn:
    """An approved 低保/特困 slip enters the roster; amount defaults to the approved amount.

    Attributes:
        slip_id (int):
        account (str):
        amount (None | str | Unset): 每月金额（元）
        start_month (None | str | Unset): 默认审批次月
        facts (EnrolInFacts | Unset): 年审测算用的家庭事实（事实名 → 值）
    """

    slip_id: int
    account: str
    amount: None | str | Unset = UNSET
    start_month: None | str | Unset = UNSET
    facts: EnrolInFacts | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slip_id = self.slip_id

        account = self.account

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        start_month: None | str | Unset
        if isinstance(self.start_month, Unset):
            start_month = UNSET
        else:
            start_month = self.start_month

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slip_id": slip_id,
                "account": account,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if start_month is not UNSET:
            field_dict["start_month"] = start_month
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enrol_in_facts import EnrolInFacts

        d = dict(src_dict)
        slip_id = d.pop("slip_id")

        account = d.pop("account")

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_start_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_month = _parse_start_month(d.pop("start_month", UNSET))

        _facts = d.pop("facts", UNSET)
        facts: EnrolInFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = EnrolInFacts.from_dict(_facts)

        enrol_in = cls(
            slip_id=slip_id,
            account=account,
            amount=amount,
            start_month=start_month,
            facts=facts,
        )

        return enrol_in

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_decision_in_decision import (
    ReviewDecisionInDecision,
    check_review_decision_in_decision,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewDecisionIn")


@_attrs_define
class ReviewDecisionIn:
    """
    Attributes:
        decision (ReviewDecisionInDecision):
        reason (str):
        amount (None | str | Unset): 调整后的每月金额（元），仅调整时填写
    """

    decision: ReviewDecisionInDecision
    reason: str
    amount: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision: str = self.decision

        reason = self.reason

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "reason": reason,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        decision = check_review_decision_in_decision(d.pop("decision"))

        reason = d.pop("reason")

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        review_decision_in = cls(
            decision=decision,
            reason=reason,
            amount=amount,
        )

        return review_decision_in

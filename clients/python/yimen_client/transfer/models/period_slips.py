from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PeriodSlips")


@_attrs_define
class PeriodSlips:
    """Slips issued in the period and how they were answered; money granted in the period (yuan).

    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
        slips_issued (int):
        answered_within_limit (int): 本期出具、3个工作日内给出办理意见的通知单
        opinion_due (int): 本期出具、已给出意见或意见已到期的通知单（按时率分母）
        feedback_given (int): 本期出具、已反馈结果的通知单
        returns (int):
        overdue (int): 本期出具、期末逾期未办的通知单
        grants (int): 本期发放笔数（按发放日期）
        grants_amount (str): 本期发放金额（元）
        emergency_aid_amount (str): 本期先行救助金额（元）
    """

    date_from: datetime.date
    date_to: datetime.date
    slips_issued: int
    answered_within_limit: int
    opinion_due: int
    feedback_given: int
    returns: int
    overdue: int
    grants: int
    grants_amount: str
    emergency_aid_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        slips_issued = self.slips_issued

        answered_within_limit = self.answered_within_limit

        opinion_due = self.opinion_due

        feedback_given = self.feedback_given

        returns = self.returns

        overdue = self.overdue

        grants = self.grants

        grants_amount = self.grants_amount

        emergency_aid_amount = self.emergency_aid_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "slips_issued": slips_issued,
                "answered_within_limit": answered_within_limit,
                "opinion_due": opinion_due,
                "feedback_given": feedback_given,
                "returns": returns,
                "overdue": overdue,
                "grants": grants,
                "grants_amount": grants_amount,
                "emergency_aid_amount": emergency_aid_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        slips_issued = d.pop("slips_issued")

        answered_within_limit = d.pop("answered_within_limit")

        opinion_due = d.pop("opinion_due")

        feedback_given = d.pop("feedback_given")

        returns = d.pop("returns")

        overdue = d.pop("overdue")

        grants = d.pop("grants")

        grants_amount = d.pop("grants_amount")

        emergency_aid_amount = d.pop("emergency_aid_amount")

        period_slips = cls(
            date_from=date_from,
            date_to=date_to,
            slips_issued=slips_issued,
            answered_within_limit=answered_within_limit,
            opinion_due=opinion_due,
            feedback_given=feedback_given,
            returns=returns,
            overdue=overdue,
            grants=grants,
            grants_amount=grants_amount,
            emergency_aid_amount=emergency_aid_amount,
        )

        period_slips.additional_properties = d
        return period_slips

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

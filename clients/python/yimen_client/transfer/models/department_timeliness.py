from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentTimeliness")


@_attrs_define
class DepartmentTimeliness:
    """One receiving department or social organisation over the months asked for (or one month of it).

    Attributes:
        department_id (str):
        name (str):
        type_ (str):
        region (str):
        received (int): 收到的通知单（按出具日期）
        due_so_far (int): 办理意见已给出或已到期的通知单：按时率的分母
        answered_within_limit (int): 在期限内（3个工作日）给出办理意见的通知单数
        answered_within_limit_share (float | None): 按时率 = answered_within_limit / due_so_far（0—1）；无到期单据时为空
        median_days_to_opinion (float | None): 收到至办理意见的工作日数（中位数）
        median_days_to_result (float | None): 收到至办理结果的工作日数（中位数）
        median_days_to_feedback (float | None): 收到至结果反馈的工作日数（中位数）
        returns (int): 退回的通知单
        overdue (int): 当前逾期未办的通知单
        month (None | str | Unset): 按月分列时的月份 YYYY-MM
    """

    department_id: str
    name: str
    type_: str
    region: str
    received: int
    due_so_far: int
    answered_within_limit: int
    answered_within_limit_share: float | None
    median_days_to_opinion: float | None
    median_days_to_result: float | None
    median_days_to_feedback: float | None
    returns: int
    overdue: int
    month: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        name = self.name

        type_ = self.type_

        region = self.region

        received = self.received

        due_so_far = self.due_so_far

        answered_within_limit = self.answered_within_limit

        answered_within_limit_share: float | None
        answered_within_limit_share = self.answered_within_limit_share

        median_days_to_opinion: float | None
        median_days_to_opinion = self.median_days_to_opinion

        median_days_to_result: float | None
        median_days_to_result = self.median_days_to_result

        median_days_to_feedback: float | None
        median_days_to_feedback = self.median_days_to_feedback

        returns = self.returns

        overdue = self.overdue

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "name": name,
                "type": type_,
                "region": region,
                "received": received,
                "due_so_far": due_so_far,
                "answered_within_limit": answered_within_limit,
                "answered_within_limit_share": answered_within_limit_share,
                "median_days_to_opinion": median_days_to_opinion,
                "median_days_to_result": median_days_to_result,
                "median_days_to_feedback": median_days_to_feedback,
                "returns": returns,
                "overdue": overdue,
            }
        )
        if month is not UNSET:
            field_dict["month"] = month

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        department_id = d.pop("department_id")

        name = d.pop("name")

        type_ = d.pop("type")

        region = d.pop("region")

        received = d.pop("received")

        due_so_far = d.pop("due_so_far")

        answered_within_limit = d.pop("answered_within_limit")

        def _parse_answered_within_limit_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        answered_within_limit_share = _parse_answered_within_limit_share(
            d.pop("answered_within_limit_share")
        )

        def _parse_median_days_to_opinion(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_opinion = _parse_median_days_to_opinion(
            d.pop("median_days_to_opinion")
        )

        def _parse_median_days_to_result(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_result = _parse_median_days_to_result(
            d.pop("median_days_to_result")
        )

        def _parse_median_days_to_feedback(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_feedback = _parse_median_days_to_feedback(
            d.pop("median_days_to_feedback")
        )

        returns = d.pop("returns")

        overdue = d.pop("overdue")

        def _parse_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        department_timeliness = cls(
            department_id=department_id,
            name=name,
            type_=type_,
            region=region,
            received=received,
            due_so_far=due_so_far,
            answered_within_limit=answered_within_limit,
            answered_within_limit_share=answered_within_limit_share,
            median_days_to_opinion=median_days_to_opinion,
            median_days_to_result=median_days_to_result,
            median_days_to_feedback=median_days_to_feedback,
            returns=returns,
            overdue=overdue,
            month=month,
        )

        department_timeliness.additional_properties = d
        return department_timeliness

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

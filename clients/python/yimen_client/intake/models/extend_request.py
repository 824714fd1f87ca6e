from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExtendRequest")


@_attrs_define
class ExtendRequest:
    """An extension: named approver, reason, extra working days, when the applicant was told.

    Attributes:
        approver (str):
        reason (str):
        extra_days (int):
        applicant_notified_date (datetime.date):
    """

    approver: str
    reason: str
    extra_days: int
    applicant_notified_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approver = self.approver

        reason = self.reason

        extra_days = self.extra_days

        applicant_notified_date = self.applicant_notified_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approver": approver,
                "reason": reason,
                "extra_days": extra_days,
                "applicant_notified_date": applicant_notified_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approver = d.pop("approver")

        reason = d.pop("reason")

        extra_days = d.pop("extra_days")

        applicant_notified_date = datetime.date.fromisoformat(
            d.pop("applicant_notified_date")
        )

        extend_request = cls(
            approver=approver,
            reason=reason,
            extra_days=extra_days,
            applicant_notified_date=applicant_notified_date,
        )

        extend_request.additional_properties = d
        return extend_request

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

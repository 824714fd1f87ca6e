from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExtensionPublic")


@_attrs_define
class ExtensionPublic:
    """An approved extension with the original and the new due date.

    Attributes:
        id (int):
        application_id (int):
        approver (str):
        reason (str):
        extra_days (int):
        original_due_date (datetime.date):
        new_due_date (datetime.date):
        applicant_notified_date (datetime.date):
        recorded_by (str):
        at (datetime.datetime):
    """

    id: int
    application_id: int
    approver: str
    reason: str
    extra_days: int
    original_due_date: datetime.date
    new_due_date: datetime.date
    applicant_notified_date: datetime.date
    recorded_by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        approver = self.approver

        reason = self.reason

        extra_days = self.extra_days

        original_due_date = self.original_due_date.isoformat()

        new_due_date = self.new_due_date.isoformat()

        applicant_notified_date = self.applicant_notified_date.isoformat()

        recorded_by = self.recorded_by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "approver": approver,
                "reason": reason,
                "extra_days": extra_days,
                "original_due_date": original_due_date,
                "new_due_date": new_due_date,
                "applicant_notified_date": applicant_notified_date,
                "recorded_by": recorded_by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        approver = d.pop("approver")

        reason = d.pop("reason")

        extra_days = d.pop("extra_days")

        original_due_date = datetime.date.fromisoformat(d.pop("original_due_date"))

        new_due_date = datetime.date.fromisoformat(d.pop("new_due_date"))

        applicant_notified_date = datetime.date.fromisoformat(
            d.pop("applicant_notified_date")
        )

        recorded_by = d.pop("recorded_by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        extension_public = cls(
            id=id,
            application_id=application_id,
            approver=approver,
            reason=reason,
            extra_days=extra_days,
            original_due_date=original_due_date,
            new_due_date=new_due_date,
            applicant_notified_date=applicant_notified_date,
            recorded_by=recorded_by,
            at=at,
        )

        extension_public.additional_properties = d
        return extension_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StartedApplication")


@_attrs_define
class StartedApplication:
    """The application registered from a visit or a home-service task.

    Attributes:
        application_id (int):
        case_number (str):
        status (str):
        notice_due_date (datetime.date):
    """

    application_id: int
    case_number: str
    status: str
    notice_due_date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        case_number = self.case_number

        status = self.status

        notice_due_date = self.notice_due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "case_number": case_number,
                "status": status,
                "notice_due_date": notice_due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        case_number = d.pop("case_number")

        status = d.pop("status")

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        started_application = cls(
            application_id=application_id,
            case_number=case_number,
            status=status,
            notice_due_date=notice_due_date,
        )

        started_application.additional_properties = d
        return started_application

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_application_status import (
    OnlineApplicationStatus,
    check_online_application_status,
)

T = TypeVar("T", bound="OnlineRow")


@_attrs_define
class OnlineRow:
    """A submission in the street's queue (ID number and phone masked).

    Attributes:
        id (int):
        reference (str):
        region (str):
        region_name (str):
        status (OnlineApplicationStatus): A resident's online application waiting in the street's queue (网上申请).
        status_name (str):
        applicant_name (str):
        applicant_id_number (str): 脱敏
        phone (str): 脱敏
        item_codes (list[str]):
        dont_know (bool):
        emergency (bool):
        submitted_at (datetime.datetime):
        submitted_date (datetime.date):
        notice_due_date (datetime.date): 一次性告知期限：收到申请（网上提交日）起5个工作日
        notice_overdue (bool):
        case_number (None | str):
    """

    id: int
    reference: str
    region: str
    region_name: str
    status: OnlineApplicationStatus
    status_name: str
    applicant_name: str
    applicant_id_number: str
    phone: str
    item_codes: list[str]
    dont_know: bool
    emergency: bool
    submitted_at: datetime.datetime
    submitted_date: datetime.date
    notice_due_date: datetime.date
    notice_overdue: bool
    case_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        region = self.region

        region_name = self.region_name

        status: str = self.status

        status_name = self.status_name

        applicant_name = self.applicant_name

        applicant_id_number = self.applicant_id_number

        phone = self.phone

        item_codes = self.item_codes

        dont_know = self.dont_know

        emergency = self.emergency

        submitted_at = self.submitted_at.isoformat()

        submitted_date = self.submitted_date.isoformat()

        notice_due_date = self.notice_due_date.isoformat()

        notice_overdue = self.notice_overdue

        case_number: None | str
        case_number = self.case_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "region": region,
                "region_name": region_name,
                "status": status,
                "status_name": status_name,
                "applicant_name": applicant_name,
                "applicant_id_number": applicant_id_number,
                "phone": phone,
                "item_codes": item_codes,
                "dont_know": dont_know,
                "emergency": emergency,
                "submitted_at": submitted_at,
                "submitted_date": submitted_date,
                "notice_due_date": notice_due_date,
                "notice_overdue": notice_overdue,
                "case_number": case_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        reference = d.pop("reference")

        region = d.pop("region")

        region_name = d.pop("region_name")

        status = check_online_application_status(d.pop("status"))

        status_name = d.pop("status_name")

        applicant_name = d.pop("applicant_name")

        applicant_id_number = d.pop("applicant_id_number")

        phone = d.pop("phone")

        item_codes = cast(list[str], d.pop("item_codes"))

        dont_know = d.pop("dont_know")

        emergency = d.pop("emergency")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_date = datetime.date.fromisoformat(d.pop("submitted_date"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        notice_overdue = d.pop("notice_overdue")

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        online_row = cls(
            id=id,
            reference=reference,
            region=region,
            region_name=region_name,
            status=status,
            status_name=status_name,
            applicant_name=applicant_name,
            applicant_id_number=applicant_id_number,
            phone=phone,
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
            submitted_at=submitted_at,
            submitted_date=submitted_date,
            notice_due_date=notice_due_date,
            notice_overdue=notice_overdue,
            case_number=case_number,
        )

        online_row.additional_properties = d
        return online_row

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

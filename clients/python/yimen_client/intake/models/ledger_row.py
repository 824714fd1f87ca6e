from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerRow")


@_attrs_define
class LedgerRow:
    """One case in the ledger (台账).

    Attributes:
        id (int):
        case_number (str):
        status (ApplicationStatus): An application's place in the one-door procedure.
        status_name (str):
        applicant_name (str):
        window_region (str):
        items (list[str]):
        emergency (bool):
        received_date (datetime.date):
        notice_due_date (datetime.date):
        due_date (datetime.date | None):
        days_left (int | None):
        overdue (bool):
        near_due (bool):
        first_responder_name (str):
        notice_overdue (bool | Unset):  Default: False.
    """

    id: int
    case_number: str
    status: ApplicationStatus
    status_name: str
    applicant_name: str
    window_region: str
    items: list[str]
    emergency: bool
    received_date: datetime.date
    notice_due_date: datetime.date
    due_date: datetime.date | None
    days_left: int | None
    overdue: bool
    near_due: bool
    first_responder_name: str
    notice_overdue: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        case_number = self.case_number

        status: str = self.status

        status_name = self.status_name

        applicant_name = self.applicant_name

        window_region = self.window_region

        items = self.items

        emergency = self.emergency

        received_date = self.received_date.isoformat()

        notice_due_date = self.notice_due_date.isoformat()

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        days_left: int | None
        days_left = self.days_left

        overdue = self.overdue

        near_due = self.near_due

        first_responder_name = self.first_responder_name

        notice_overdue = self.notice_overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_number": case_number,
                "status": status,
                "status_name": status_name,
                "applicant_name": applicant_name,
                "window_region": window_region,
                "items": items,
                "emergency": emergency,
                "received_date": received_date,
                "notice_due_date": notice_due_date,
                "due_date": due_date,
                "days_left": days_left,
                "overdue": overdue,
                "near_due": near_due,
                "first_responder_name": first_responder_name,
            }
        )
        if notice_overdue is not UNSET:
            field_dict["notice_overdue"] = notice_overdue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        case_number = d.pop("case_number")

        status = check_application_status(d.pop("status"))

        status_name = d.pop("status_name")

        applicant_name = d.pop("applicant_name")

        window_region = d.pop("window_region")

        items = cast(list[str], d.pop("items"))

        emergency = d.pop("emergency")

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        def _parse_days_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_left = _parse_days_left(d.pop("days_left"))

        overdue = d.pop("overdue")

        near_due = d.pop("near_due")

        first_responder_name = d.pop("first_responder_name")

        notice_overdue = d.pop("notice_overdue", UNSET)

        ledger_row = cls(
            id=id,
            case_number=case_number,
            status=status,
            status_name=status_name,
            applicant_name=applicant_name,
            window_region=window_region,
            items=items,
            emergency=emergency,
            received_date=received_date,
            notice_due_date=notice_due_date,
            due_date=due_date,
            days_left=days_left,
            overdue=overdue,
            near_due=near_due,
            first_responder_name=first_responder_name,
            notice_overdue=notice_overdue,
        )

        ledger_row.additional_properties = d
        return ledger_row

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_application_status import (
    OnlineApplicationStatus,
    check_online_application_status,
)

if TYPE_CHECKING:
    from ..models.online_member import OnlineMember


T = TypeVar("T", bound="OnlinePublic")


@_attrs_define
class OnlinePublic:
    """A submission as its street's staff see it before confirming (full data; the read is logged).

    Attributes:
        id (int):
        reference (str):
        region (str):
        region_name (str):
        status (OnlineApplicationStatus): A resident's online application waiting in the street's queue (网上申请).
        status_name (str):
        applicant_name (str):
        applicant_id_number (str):
        phone (str):
        hukou_region (str):
        members (list[OnlineMember]):
        difficulty (str):
        item_codes (list[str]):
        dont_know (bool):
        emergency (bool):
        submitted_at (datetime.datetime):
        submitted_date (datetime.date):
        notice_due_date (datetime.date):
        notice_overdue (bool):
        handled_by (None | str):
        handled_name (None | str):
        handled_at (datetime.datetime | None):
        close_reason (None | str):
        application_id (int | None):
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
    hukou_region: str
    members: list[OnlineMember]
    difficulty: str
    item_codes: list[str]
    dont_know: bool
    emergency: bool
    submitted_at: datetime.datetime
    submitted_date: datetime.date
    notice_due_date: datetime.date
    notice_overdue: bool
    handled_by: None | str
    handled_name: None | str
    handled_at: datetime.datetime | None
    close_reason: None | str
    application_id: int | None
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

        hukou_region = self.hukou_region

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        difficulty = self.difficulty

        item_codes = self.item_codes

        dont_know = self.dont_know

        emergency = self.emergency

        submitted_at = self.submitted_at.isoformat()

        submitted_date = self.submitted_date.isoformat()

        notice_due_date = self.notice_due_date.isoformat()

        notice_overdue = self.notice_overdue

        handled_by: None | str
        handled_by = self.handled_by

        handled_name: None | str
        handled_name = self.handled_name

        handled_at: None | str
        if isinstance(self.handled_at, datetime.datetime):
            handled_at = self.handled_at.isoformat()
        else:
            handled_at = self.handled_at

        close_reason: None | str
        close_reason = self.close_reason

        application_id: int | None
        application_id = self.application_id

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
                "hukou_region": hukou_region,
                "members": members,
                "difficulty": difficulty,
                "item_codes": item_codes,
                "dont_know": dont_know,
                "emergency": emergency,
                "submitted_at": submitted_at,
                "submitted_date": submitted_date,
                "notice_due_date": notice_due_date,
                "notice_overdue": notice_overdue,
                "handled_by": handled_by,
                "handled_name": handled_name,
                "handled_at": handled_at,
                "close_reason": close_reason,
                "application_id": application_id,
                "case_number": case_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.online_member import OnlineMember

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

        hukou_region = d.pop("hukou_region")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = OnlineMember.from_dict(members_item_data)

            members.append(members_item)

        difficulty = d.pop("difficulty")

        item_codes = cast(list[str], d.pop("item_codes"))

        dont_know = d.pop("dont_know")

        emergency = d.pop("emergency")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_date = datetime.date.fromisoformat(d.pop("submitted_date"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        notice_overdue = d.pop("notice_overdue")

        def _parse_handled_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        handled_by = _parse_handled_by(d.pop("handled_by"))

        def _parse_handled_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        handled_name = _parse_handled_name(d.pop("handled_name"))

        def _parse_handled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handled_at_type_0 = datetime.datetime.fromisoformat(data)

                return handled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        handled_at = _parse_handled_at(d.pop("handled_at"))

        def _parse_close_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

        def _parse_application_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_id = _parse_application_id(d.pop("application_id"))

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        online_public = cls(
            id=id,
            reference=reference,
            region=region,
            region_name=region_name,
            status=status,
            status_name=status_name,
            applicant_name=applicant_name,
            applicant_id_number=applicant_id_number,
            phone=phone,
            hukou_region=hukou_region,
            members=members,
            difficulty=difficulty,
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
            submitted_at=submitted_at,
            submitted_date=submitted_date,
            notice_due_date=notice_due_date,
            notice_overdue=notice_overdue,
            handled_by=handled_by,
            handled_name=handled_name,
            handled_at=handled_at,
            close_reason=close_reason,
            application_id=application_id,
            case_number=case_number,
        )

        online_public.additional_properties = d
        return online_public

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

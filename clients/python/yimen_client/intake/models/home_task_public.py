from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.home_service_reason import HomeServiceReason, check_home_service_reason
from ..models.home_task_status import HomeTaskStatus, check_home_task_status

T = TypeVar("T", bound="HomeTaskPublic")


@_attrs_define
class HomeTaskPublic:
    """A task as listed (phone number masked).

    Attributes:
        id (int):
        region (str):
        person_name (str):
        phone_masked (str):
        address (str):
        reason (HomeServiceReason): Why the window goes to the applicant (seed 000: 对老弱病残等弱势群体采取上门服务).
        reason_name (str):
        matter (str):
        requested_date (datetime.date):
        status (HomeTaskStatus): A home-service visit task.
        status_name (str):
        assignee_username (None | str):
        assignee_name (None | str):
        result (None | str):
        visited_date (datetime.date | None):
        application_id (int | None):
        created_by (str):
    """

    id: int
    region: str
    person_name: str
    phone_masked: str
    address: str
    reason: HomeServiceReason
    reason_name: str
    matter: str
    requested_date: datetime.date
    status: HomeTaskStatus
    status_name: str
    assignee_username: None | str
    assignee_name: None | str
    result: None | str
    visited_date: datetime.date | None
    application_id: int | None
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        person_name = self.person_name

        phone_masked = self.phone_masked

        address = self.address

        reason: str = self.reason

        reason_name = self.reason_name

        matter = self.matter

        requested_date = self.requested_date.isoformat()

        status: str = self.status

        status_name = self.status_name

        assignee_username: None | str
        assignee_username = self.assignee_username

        assignee_name: None | str
        assignee_name = self.assignee_name

        result: None | str
        result = self.result

        visited_date: None | str
        if isinstance(self.visited_date, datetime.date):
            visited_date = self.visited_date.isoformat()
        else:
            visited_date = self.visited_date

        application_id: int | None
        application_id = self.application_id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "person_name": person_name,
                "phone_masked": phone_masked,
                "address": address,
                "reason": reason,
                "reason_name": reason_name,
                "matter": matter,
                "requested_date": requested_date,
                "status": status,
                "status_name": status_name,
                "assignee_username": assignee_username,
                "assignee_name": assignee_name,
                "result": result,
                "visited_date": visited_date,
                "application_id": application_id,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        region = d.pop("region")

        person_name = d.pop("person_name")

        phone_masked = d.pop("phone_masked")

        address = d.pop("address")

        reason = check_home_service_reason(d.pop("reason"))

        reason_name = d.pop("reason_name")

        matter = d.pop("matter")

        requested_date = datetime.date.fromisoformat(d.pop("requested_date"))

        status = check_home_task_status(d.pop("status"))

        status_name = d.pop("status_name")

        def _parse_assignee_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee_username = _parse_assignee_username(d.pop("assignee_username"))

        def _parse_assignee_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee_name = _parse_assignee_name(d.pop("assignee_name"))

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        def _parse_visited_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visited_date_type_0 = datetime.date.fromisoformat(data)

                return visited_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        visited_date = _parse_visited_date(d.pop("visited_date"))

        def _parse_application_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_id = _parse_application_id(d.pop("application_id"))

        created_by = d.pop("created_by")

        home_task_public = cls(
            id=id,
            region=region,
            person_name=person_name,
            phone_masked=phone_masked,
            address=address,
            reason=reason,
            reason_name=reason_name,
            matter=matter,
            requested_date=requested_date,
            status=status,
            status_name=status_name,
            assignee_username=assignee_username,
            assignee_name=assignee_name,
            result=result,
            visited_date=visited_date,
            application_id=application_id,
            created_by=created_by,
        )

        home_task_public.additional_properties = d
        return home_task_public

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

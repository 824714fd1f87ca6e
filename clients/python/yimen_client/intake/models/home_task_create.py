from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.home_service_reason import HomeServiceReason, check_home_service_reason
from ..types import UNSET, Unset

T = TypeVar("T", bound="HomeTaskCreate")


@_attrs_define
class HomeTaskCreate:
    """A request for the window to come to the applicant instead.

    Attributes:
        person_name (str):
        address (str):
        reason (HomeServiceReason): Why the window goes to the applicant (seed 000: 对老弱病残等弱势群体采取上门服务).
        matter (str):
        region (None | str | Unset):
        phone (str | Unset):  Default: ''.
        requested_date (datetime.date | None | Unset):
    """

    person_name: str
    address: str
    reason: HomeServiceReason
    matter: str
    region: None | str | Unset = UNSET
    phone: str | Unset = ""
    requested_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_name = self.person_name

        address = self.address

        reason: str = self.reason

        matter = self.matter

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        phone = self.phone

        requested_date: None | str | Unset
        if isinstance(self.requested_date, Unset):
            requested_date = UNSET
        elif isinstance(self.requested_date, datetime.date):
            requested_date = self.requested_date.isoformat()
        else:
            requested_date = self.requested_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_name": person_name,
                "address": address,
                "reason": reason,
                "matter": matter,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if phone is not UNSET:
            field_dict["phone"] = phone
        if requested_date is not UNSET:
            field_dict["requested_date"] = requested_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_name = d.pop("person_name")

        address = d.pop("address")

        reason = check_home_service_reason(d.pop("reason"))

        matter = d.pop("matter")

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        phone = d.pop("phone", UNSET)

        def _parse_requested_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_date_type_0 = datetime.date.fromisoformat(data)

                return requested_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        requested_date = _parse_requested_date(d.pop("requested_date", UNSET))

        home_task_create = cls(
            person_name=person_name,
            address=address,
            reason=reason,
            matter=matter,
            region=region,
            phone=phone,
            requested_date=requested_date,
        )

        home_task_create.additional_properties = d
        return home_task_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_application_status import (
    OnlineApplicationStatus,
    check_online_application_status,
)

T = TypeVar("T", bound="OnlineReceipt")


@_attrs_define
class OnlineReceipt:
    """What the resident is told: the reference, the street, and that a window will confirm.

    Attributes:
        reference (str):
        region (str):
        region_name (str):
        submitted_date (datetime.date):
        status (OnlineApplicationStatus): A resident's online application waiting in the street's queue (网上申请).
        message (str):
    """

    reference: str
    region: str
    region_name: str
    submitted_date: datetime.date
    status: OnlineApplicationStatus
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        region = self.region

        region_name = self.region_name

        submitted_date = self.submitted_date.isoformat()

        status: str = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "region": region,
                "region_name": region_name,
                "submitted_date": submitted_date,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reference = d.pop("reference")

        region = d.pop("region")

        region_name = d.pop("region_name")

        submitted_date = datetime.date.fromisoformat(d.pop("submitted_date"))

        status = check_online_application_status(d.pop("status"))

        message = d.pop("message")

        online_receipt = cls(
            reference=reference,
            region=region,
            region_name=region_name,
            submitted_date=submitted_date,
            status=status,
            message=message,
        )

        online_receipt.additional_properties = d
        return online_receipt

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

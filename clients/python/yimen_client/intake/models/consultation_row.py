from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consultation_channel import (
    ConsultationChannel,
    check_consultation_channel,
)
from ..models.consultation_status import ConsultationStatus, check_consultation_status

if TYPE_CHECKING:
    from ..models.item_ref import ItemRef


T = TypeVar("T", bound="ConsultationRow")


@_attrs_define
class ConsultationRow:
    """One line of the register: contact and ID number masked.

    Attributes:
        id (int):
        number (str):
        region (str):
        region_name (str):
        channel (ConsultationChannel): How a consultation reached the first responder (首问负责制 第三条、第十条).
        channel_name (str):
        status (ConsultationStatus): A consultation in the register (来访登记台账).
        status_name (str):
        visitor_name (str):
        contact (str): 脱敏的联系方式
        matter (str):
        items (list[ItemRef]):
        staff_name (str):
        at (datetime.datetime):
        visit_date (datetime.date):
        follow_up_due_date (datetime.date | None):
        follow_up_overdue (bool):
        case_number (None | str):
    """

    id: int
    number: str
    region: str
    region_name: str
    channel: ConsultationChannel
    channel_name: str
    status: ConsultationStatus
    status_name: str
    visitor_name: str
    contact: str
    matter: str
    items: list[ItemRef]
    staff_name: str
    at: datetime.datetime
    visit_date: datetime.date
    follow_up_due_date: datetime.date | None
    follow_up_overdue: bool
    case_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        region = self.region

        region_name = self.region_name

        channel: str = self.channel

        channel_name = self.channel_name

        status: str = self.status

        status_name = self.status_name

        visitor_name = self.visitor_name

        contact = self.contact

        matter = self.matter

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        staff_name = self.staff_name

        at = self.at.isoformat()

        visit_date = self.visit_date.isoformat()

        follow_up_due_date: None | str
        if isinstance(self.follow_up_due_date, datetime.date):
            follow_up_due_date = self.follow_up_due_date.isoformat()
        else:
            follow_up_due_date = self.follow_up_due_date

        follow_up_overdue = self.follow_up_overdue

        case_number: None | str
        case_number = self.case_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "region": region,
                "region_name": region_name,
                "channel": channel,
                "channel_name": channel_name,
                "status": status,
                "status_name": status_name,
                "visitor_name": visitor_name,
                "contact": contact,
                "matter": matter,
                "items": items,
                "staff_name": staff_name,
                "at": at,
                "visit_date": visit_date,
                "follow_up_due_date": follow_up_due_date,
                "follow_up_overdue": follow_up_overdue,
                "case_number": case_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_ref import ItemRef

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        region = d.pop("region")

        region_name = d.pop("region_name")

        channel = check_consultation_channel(d.pop("channel"))

        channel_name = d.pop("channel_name")

        status = check_consultation_status(d.pop("status"))

        status_name = d.pop("status_name")

        visitor_name = d.pop("visitor_name")

        contact = d.pop("contact")

        matter = d.pop("matter")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ItemRef.from_dict(items_item_data)

            items.append(items_item)

        staff_name = d.pop("staff_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        visit_date = datetime.date.fromisoformat(d.pop("visit_date"))

        def _parse_follow_up_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_due_date_type_0 = datetime.date.fromisoformat(data)

                return follow_up_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        follow_up_due_date = _parse_follow_up_due_date(d.pop("follow_up_due_date"))

        follow_up_overdue = d.pop("follow_up_overdue")

        def _parse_case_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        case_number = _parse_case_number(d.pop("case_number"))

        consultation_row = cls(
            id=id,
            number=number,
            region=region,
            region_name=region_name,
            channel=channel,
            channel_name=channel_name,
            status=status,
            status_name=status_name,
            visitor_name=visitor_name,
            contact=contact,
            matter=matter,
            items=items,
            staff_name=staff_name,
            at=at,
            visit_date=visit_date,
            follow_up_due_date=follow_up_due_date,
            follow_up_overdue=follow_up_overdue,
            case_number=case_number,
        )

        consultation_row.additional_properties = d
        return consultation_row

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_kind import SlipKind, check_slip_kind
from ..models.slip_state import SlipState, check_slip_state
from ..models.slip_summary_due_kind_type_0 import (
    SlipSummaryDueKindType0,
    check_slip_summary_due_kind_type_0,
)

T = TypeVar("T", bound="SlipSummary")


@_attrs_define
class SlipSummary:
    """A slip in a list: no personal data beyond the masked applicant name.

    Attributes:
        id (int):
        number (str):
        kind (SlipKind): The five slips of DESIGN §3 (seed 003), labelled with the slip's full title.
        kind_name (str):
        case_id (int):
        case_number (str):
        item_code (str):
        item_name (str):
        sender_name (str):
        sender_region (str):
        receiver_id (str):
        receiver_name (str):
        receiver_region (str):
        handler (str):
        state (SlipState): Where a slip stands in the receiver's handling.
        state_name (str):
        due_kind (None | SlipSummaryDueKindType0):
        due_date (datetime.date | None):
        overdue (bool):
        near_due (bool):
        emergency (bool):
        applicant_name_masked (str):
        issued_at (datetime.datetime):
        parent_slip_id (int | None):
        successor_slip_id (int | None):
    """

    id: int
    number: str
    kind: SlipKind
    kind_name: str
    case_id: int
    case_number: str
    item_code: str
    item_name: str
    sender_name: str
    sender_region: str
    receiver_id: str
    receiver_name: str
    receiver_region: str
    handler: str
    state: SlipState
    state_name: str
    due_kind: None | SlipSummaryDueKindType0
    due_date: datetime.date | None
    overdue: bool
    near_due: bool
    emergency: bool
    applicant_name_masked: str
    issued_at: datetime.datetime
    parent_slip_id: int | None
    successor_slip_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        kind: str = self.kind

        kind_name = self.kind_name

        case_id = self.case_id

        case_number = self.case_number

        item_code = self.item_code

        item_name = self.item_name

        sender_name = self.sender_name

        sender_region = self.sender_region

        receiver_id = self.receiver_id

        receiver_name = self.receiver_name

        receiver_region = self.receiver_region

        handler = self.handler

        state: str = self.state

        state_name = self.state_name

        due_kind: None | str
        if isinstance(self.due_kind, str):
            due_kind = self.due_kind
        else:
            due_kind = self.due_kind

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        near_due = self.near_due

        emergency = self.emergency

        applicant_name_masked = self.applicant_name_masked

        issued_at = self.issued_at.isoformat()

        parent_slip_id: int | None
        parent_slip_id = self.parent_slip_id

        successor_slip_id: int | None
        successor_slip_id = self.successor_slip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "kind": kind,
                "kind_name": kind_name,
                "case_id": case_id,
                "case_number": case_number,
                "item_code": item_code,
                "item_name": item_name,
                "sender_name": sender_name,
                "sender_region": sender_region,
                "receiver_id": receiver_id,
                "receiver_name": receiver_name,
                "receiver_region": receiver_region,
                "handler": handler,
                "state": state,
                "state_name": state_name,
                "due_kind": due_kind,
                "due_date": due_date,
                "overdue": overdue,
                "near_due": near_due,
                "emergency": emergency,
                "applicant_name_masked": applicant_name_masked,
                "issued_at": issued_at,
                "parent_slip_id": parent_slip_id,
                "successor_slip_id": successor_slip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        kind = check_slip_kind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        sender_name = d.pop("sender_name")

        sender_region = d.pop("sender_region")

        receiver_id = d.pop("receiver_id")

        receiver_name = d.pop("receiver_name")

        receiver_region = d.pop("receiver_region")

        handler = d.pop("handler")

        state = check_slip_state(d.pop("state"))

        state_name = d.pop("state_name")

        def _parse_due_kind(data: object) -> None | SlipSummaryDueKindType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_kind_type_0 = check_slip_summary_due_kind_type_0(data)

                return due_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlipSummaryDueKindType0, data)

        due_kind = _parse_due_kind(d.pop("due_kind"))

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

        overdue = d.pop("overdue")

        near_due = d.pop("near_due")

        emergency = d.pop("emergency")

        applicant_name_masked = d.pop("applicant_name_masked")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        def _parse_parent_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_slip_id = _parse_parent_slip_id(d.pop("parent_slip_id"))

        def _parse_successor_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        successor_slip_id = _parse_successor_slip_id(d.pop("successor_slip_id"))

        slip_summary = cls(
            id=id,
            number=number,
            kind=kind,
            kind_name=kind_name,
            case_id=case_id,
            case_number=case_number,
            item_code=item_code,
            item_name=item_name,
            sender_name=sender_name,
            sender_region=sender_region,
            receiver_id=receiver_id,
            receiver_name=receiver_name,
            receiver_region=receiver_region,
            handler=handler,
            state=state,
            state_name=state_name,
            due_kind=due_kind,
            due_date=due_date,
            overdue=overdue,
            near_due=near_due,
            emergency=emergency,
            applicant_name_masked=applicant_name_masked,
            issued_at=issued_at,
            parent_slip_id=parent_slip_id,
            successor_slip_id=successor_slip_id,
        )

        slip_summary.additional_properties = d
        return slip_summary

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

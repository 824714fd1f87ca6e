from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_state import SlipState, check_slip_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """What the QR code on a paper slip shows anyone: genuine or not, and where it is now.

    Attributes:
        genuine (bool):
        number (str):
        kind_name (str):
        sender_name (str):
        receiver_name (str):
        item_name (str):
        applicant_name_masked (str):
        issued_date (datetime.date):
        state (SlipState): Where a slip stands in the receiver's handling.
        state_name (str):
        due_date (datetime.date | None):
        signed_by (None | str):
        successor_number (None | str | Unset):
    """

    genuine: bool
    number: str
    kind_name: str
    sender_name: str
    receiver_name: str
    item_name: str
    applicant_name_masked: str
    issued_date: datetime.date
    state: SlipState
    state_name: str
    due_date: datetime.date | None
    signed_by: None | str
    successor_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        genuine = self.genuine

        number = self.number

        kind_name = self.kind_name

        sender_name = self.sender_name

        receiver_name = self.receiver_name

        item_name = self.item_name

        applicant_name_masked = self.applicant_name_masked

        issued_date = self.issued_date.isoformat()

        state: str = self.state

        state_name = self.state_name

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        signed_by: None | str
        signed_by = self.signed_by

        successor_number: None | str | Unset
        if isinstance(self.successor_number, Unset):
            successor_number = UNSET
        else:
            successor_number = self.successor_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "genuine": genuine,
                "number": number,
                "kind_name": kind_name,
                "sender_name": sender_name,
                "receiver_name": receiver_name,
                "item_name": item_name,
                "applicant_name_masked": applicant_name_masked,
                "issued_date": issued_date,
                "state": state,
                "state_name": state_name,
                "due_date": due_date,
                "signed_by": signed_by,
            }
        )
        if successor_number is not UNSET:
            field_dict["successor_number"] = successor_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        genuine = d.pop("genuine")

        number = d.pop("number")

        kind_name = d.pop("kind_name")

        sender_name = d.pop("sender_name")

        receiver_name = d.pop("receiver_name")

        item_name = d.pop("item_name")

        applicant_name_masked = d.pop("applicant_name_masked")

        issued_date = datetime.date.fromisoformat(d.pop("issued_date"))

        state = check_slip_state(d.pop("state"))

        state_name = d.pop("state_name")

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

        def _parse_signed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by = _parse_signed_by(d.pop("signed_by"))

        def _parse_successor_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        successor_number = _parse_successor_number(d.pop("successor_number", UNSET))

        verification = cls(
            genuine=genuine,
            number=number,
            kind_name=kind_name,
            sender_name=sender_name,
            receiver_name=receiver_name,
            item_name=item_name,
            applicant_name_masked=applicant_name_masked,
            issued_date=issued_date,
            state=state,
            state_name=state_name,
            due_date=due_date,
            signed_by=signed_by,
            successor_number=successor_number,
        )

        verification.additional_properties = d
        return verification

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

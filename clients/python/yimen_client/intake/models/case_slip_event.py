from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_event_kind import CaseEventKind, check_case_event_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseSlipEvent")


@_attrs_define
class CaseSlipEvent:
    """A slip event with the case it belongs to (one entry of a batch).

    Attributes:
        event_id (str):
        kind (CaseEventKind): What transfer tells intake about a case; each becomes a line of the case's timeline.
        application_id (int):
        slip_id (int | None | Unset):
        slip_number (None | str | Unset):
        at (None | str | Unset):
        actor (str | Unset):  Default: ''.
        detail (str | Unset):  Default: ''.
        to_applicant (None | str | Unset): 承办部门反馈时致申请人的答复（公众查询办理进度时显示，证件号和手机号打码）
        all_slips_completed (bool | Unset):  Default: False.
    """

    event_id: str
    kind: CaseEventKind
    application_id: int
    slip_id: int | None | Unset = UNSET
    slip_number: None | str | Unset = UNSET
    at: None | str | Unset = UNSET
    actor: str | Unset = ""
    detail: str | Unset = ""
    to_applicant: None | str | Unset = UNSET
    all_slips_completed: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        kind: str = self.kind

        application_id = self.application_id

        slip_id: int | None | Unset
        if isinstance(self.slip_id, Unset):
            slip_id = UNSET
        else:
            slip_id = self.slip_id

        slip_number: None | str | Unset
        if isinstance(self.slip_number, Unset):
            slip_number = UNSET
        else:
            slip_number = self.slip_number

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        else:
            at = self.at

        actor = self.actor

        detail = self.detail

        to_applicant: None | str | Unset
        if isinstance(self.to_applicant, Unset):
            to_applicant = UNSET
        else:
            to_applicant = self.to_applicant

        all_slips_completed = self.all_slips_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "kind": kind,
                "application_id": application_id,
            }
        )
        if slip_id is not UNSET:
            field_dict["slip_id"] = slip_id
        if slip_number is not UNSET:
            field_dict["slip_number"] = slip_number
        if at is not UNSET:
            field_dict["at"] = at
        if actor is not UNSET:
            field_dict["actor"] = actor
        if detail is not UNSET:
            field_dict["detail"] = detail
        if to_applicant is not UNSET:
            field_dict["to_applicant"] = to_applicant
        if all_slips_completed is not UNSET:
            field_dict["all_slips_completed"] = all_slips_completed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        kind = check_case_event_kind(d.pop("kind"))

        application_id = d.pop("application_id")

        def _parse_slip_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        slip_id = _parse_slip_id(d.pop("slip_id", UNSET))

        def _parse_slip_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slip_number = _parse_slip_number(d.pop("slip_number", UNSET))

        def _parse_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        actor = d.pop("actor", UNSET)

        detail = d.pop("detail", UNSET)

        def _parse_to_applicant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_applicant = _parse_to_applicant(d.pop("to_applicant", UNSET))

        all_slips_completed = d.pop("all_slips_completed", UNSET)

        case_slip_event = cls(
            event_id=event_id,
            kind=kind,
            application_id=application_id,
            slip_id=slip_id,
            slip_number=slip_number,
            at=at,
            actor=actor,
            detail=detail,
            to_applicant=to_applicant,
            all_slips_completed=all_slips_completed,
        )

        case_slip_event.additional_properties = d
        return case_slip_event

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

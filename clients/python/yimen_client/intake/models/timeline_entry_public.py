from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimelineEntryPublic")


@_attrs_define
class TimelineEntryPublic:
    """One line of the case's timeline: intake's own steps and transfer's slip events.

    Attributes:
        id (int):
        application_id (int):
        kind (str): 本服务的步骤（registered、notice_issued、accepted、paused…）或转办服务的事件（CaseEventKind）
        detail (str):
        actor (str):
        event_id (None | str):
        slip_number (None | str):
        at (datetime.datetime):
        to_applicant (None | str | Unset): 承办部门反馈时致申请人的答复（仅反馈事件）
    """

    id: int
    application_id: int
    kind: str
    detail: str
    actor: str
    event_id: None | str
    slip_number: None | str
    at: datetime.datetime
    to_applicant: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        kind = self.kind

        detail = self.detail

        actor = self.actor

        event_id: None | str
        event_id = self.event_id

        slip_number: None | str
        slip_number = self.slip_number

        at = self.at.isoformat()

        to_applicant: None | str | Unset
        if isinstance(self.to_applicant, Unset):
            to_applicant = UNSET
        else:
            to_applicant = self.to_applicant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "kind": kind,
                "detail": detail,
                "actor": actor,
                "event_id": event_id,
                "slip_number": slip_number,
                "at": at,
            }
        )
        if to_applicant is not UNSET:
            field_dict["to_applicant"] = to_applicant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        kind = d.pop("kind")

        detail = d.pop("detail")

        actor = d.pop("actor")

        def _parse_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        event_id = _parse_event_id(d.pop("event_id"))

        def _parse_slip_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slip_number = _parse_slip_number(d.pop("slip_number"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_to_applicant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_applicant = _parse_to_applicant(d.pop("to_applicant", UNSET))

        timeline_entry_public = cls(
            id=id,
            application_id=application_id,
            kind=kind,
            detail=detail,
            actor=actor,
            event_id=event_id,
            slip_number=slip_number,
            at=at,
            to_applicant=to_applicant,
        )

        timeline_entry_public.additional_properties = d
        return timeline_entry_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_event_kind import SlipEventKind, check_slip_event_kind

T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """One step of a slip's history.

    Attributes:
        kind (SlipEventKind): An entry of a slip's history (transfer), as the receiver and supervisors read it.
        actor (str):
        detail (str):
        at (datetime.datetime):
    """

    kind: SlipEventKind
    actor: str
    detail: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        actor = self.actor

        detail = self.detail

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "actor": actor,
                "detail": detail,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = check_slip_event_kind(d.pop("kind"))

        actor = d.pop("actor")

        detail = d.pop("detail")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        timeline_entry = cls(
            kind=kind,
            actor=actor,
            detail=detail,
            at=at,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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

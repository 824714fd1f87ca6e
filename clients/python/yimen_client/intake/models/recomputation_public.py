from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecomputationPublic")


@_attrs_define
class RecomputationPublic:
    """One recomputation of open deadlines after a calendar change (the record kept for audit).

    Attributes:
        id (int):
        year (int):
        reason (str):
        cases_checked (int):
        cases_changed (int):
        actor (str):
        at (datetime.datetime):
    """

    id: int
    year: int
    reason: str
    cases_checked: int
    cases_changed: int
    actor: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        reason = self.reason

        cases_checked = self.cases_checked

        cases_changed = self.cases_changed

        actor = self.actor

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "year": year,
                "reason": reason,
                "cases_checked": cases_checked,
                "cases_changed": cases_changed,
                "actor": actor,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        year = d.pop("year")

        reason = d.pop("reason")

        cases_checked = d.pop("cases_checked")

        cases_changed = d.pop("cases_changed")

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        recomputation_public = cls(
            id=id,
            year=year,
            reason=reason,
            cases_checked=cases_checked,
            cases_changed=cases_changed,
            actor=actor,
            at=at,
        )

        recomputation_public.additional_properties = d
        return recomputation_public

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

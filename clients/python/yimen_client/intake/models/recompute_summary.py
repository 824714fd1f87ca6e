from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecomputeSummary")


@_attrs_define
class RecomputeSummary:
    """How many open deadlines a calendar change touched and changed.

    Attributes:
        year (int):
        cases_checked (int):
        cases_changed (int):
        at (datetime.datetime):
    """

    year: int
    cases_checked: int
    cases_changed: int
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        cases_checked = self.cases_checked

        cases_changed = self.cases_changed

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "cases_checked": cases_checked,
                "cases_changed": cases_changed,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        cases_checked = d.pop("cases_checked")

        cases_changed = d.pop("cases_changed")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        recompute_summary = cls(
            year=year,
            cases_checked=cases_checked,
            cases_changed=cases_changed,
            at=at,
        )

        recompute_summary.additional_properties = d
        return recompute_summary

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

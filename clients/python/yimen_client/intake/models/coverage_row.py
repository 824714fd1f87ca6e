from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoverageRow")


@_attrs_define
class CoverageRow:
    """One planned household's visits in the week.

    Attributes:
        household_id (int):
        head_name (str):
        community (str):
        visits_per_week (int):
        visits (int):
        met (bool):
        watch (bool):
    """

    household_id: int
    head_name: str
    community: str
    visits_per_week: int
    visits: int
    met: bool
    watch: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household_id = self.household_id

        head_name = self.head_name

        community = self.community

        visits_per_week = self.visits_per_week

        visits = self.visits

        met = self.met

        watch = self.watch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household_id": household_id,
                "head_name": head_name,
                "community": community,
                "visits_per_week": visits_per_week,
                "visits": visits,
                "met": met,
                "watch": watch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        household_id = d.pop("household_id")

        head_name = d.pop("head_name")

        community = d.pop("community")

        visits_per_week = d.pop("visits_per_week")

        visits = d.pop("visits")

        met = d.pop("met")

        watch = d.pop("watch")

        coverage_row = cls(
            household_id=household_id,
            head_name=head_name,
            community=community,
            visits_per_week=visits_per_week,
            visits=visits,
            met=met,
            watch=watch,
        )

        coverage_row.additional_properties = d
        return coverage_row

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

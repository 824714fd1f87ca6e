from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdPlan")


@_attrs_define
class HouseholdPlan:
    """Change the visit plan of a household, or put it on / take it off the watch list.

    Attributes:
        visits_per_week (int | None | Unset):
        watch (bool | None | Unset):
        watch_note (None | str | Unset):
    """

    visits_per_week: int | None | Unset = UNSET
    watch: bool | None | Unset = UNSET
    watch_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visits_per_week: int | None | Unset
        if isinstance(self.visits_per_week, Unset):
            visits_per_week = UNSET
        else:
            visits_per_week = self.visits_per_week

        watch: bool | None | Unset
        if isinstance(self.watch, Unset):
            watch = UNSET
        else:
            watch = self.watch

        watch_note: None | str | Unset
        if isinstance(self.watch_note, Unset):
            watch_note = UNSET
        else:
            watch_note = self.watch_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visits_per_week is not UNSET:
            field_dict["visits_per_week"] = visits_per_week
        if watch is not UNSET:
            field_dict["watch"] = watch
        if watch_note is not UNSET:
            field_dict["watch_note"] = watch_note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_visits_per_week(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        visits_per_week = _parse_visits_per_week(d.pop("visits_per_week", UNSET))

        def _parse_watch(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watch = _parse_watch(d.pop("watch", UNSET))

        def _parse_watch_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        watch_note = _parse_watch_note(d.pop("watch_note", UNSET))

        household_plan = cls(
            visits_per_week=visits_per_week,
            watch=watch,
            watch_note=watch_note,
        )

        household_plan.additional_properties = d
        return household_plan

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

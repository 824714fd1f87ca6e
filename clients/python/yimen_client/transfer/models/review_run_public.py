from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewRunPublic")


@_attrs_define
class ReviewRunPublic:
    """
    Attributes:
        evaluated (int):
        unchanged (int):
        tasks_opened (int):
        tasks_existing (int):
    """

    evaluated: int
    unchanged: int
    tasks_opened: int
    tasks_existing: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated = self.evaluated

        unchanged = self.unchanged

        tasks_opened = self.tasks_opened

        tasks_existing = self.tasks_existing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluated": evaluated,
                "unchanged": unchanged,
                "tasks_opened": tasks_opened,
                "tasks_existing": tasks_existing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluated = d.pop("evaluated")

        unchanged = d.pop("unchanged")

        tasks_opened = d.pop("tasks_opened")

        tasks_existing = d.pop("tasks_existing")

        review_run_public = cls(
            evaluated=evaluated,
            unchanged=unchanged,
            tasks_opened=tasks_opened,
            tasks_existing=tasks_existing,
        )

        review_run_public.additional_properties = d
        return review_run_public

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

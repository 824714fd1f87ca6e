from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.due_date_public_sources import DueDatePublicSources


T = TypeVar("T", bound="DueDatePublic")


@_attrs_define
class DueDatePublic:
    """The date N working days after a start date, and the calendar data it rests on.

    Attributes:
        start_date (datetime.date):
        working_days (int):
        due_date (datetime.date):
        warnings (list[str]):
        basis (str):
        sources (DueDatePublicSources): 年份 → 所用日历数据
    """

    start_date: datetime.date
    working_days: int
    due_date: datetime.date
    warnings: list[str]
    basis: str
    sources: DueDatePublicSources
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        working_days = self.working_days

        due_date = self.due_date.isoformat()

        warnings = self.warnings

        basis = self.basis

        sources = self.sources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "working_days": working_days,
                "due_date": due_date,
                "warnings": warnings,
                "basis": basis,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.due_date_public_sources import DueDatePublicSources

        d = dict(src_dict)
        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        working_days = d.pop("working_days")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        warnings = cast(list[str], d.pop("warnings"))

        basis = d.pop("basis")

        sources = DueDatePublicSources.from_dict(d.pop("sources"))

        due_date_public = cls(
            start_date=start_date,
            working_days=working_days,
            due_date=due_date,
            warnings=warnings,
            basis=basis,
            sources=sources,
        )

        due_date_public.additional_properties = d
        return due_date_public

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

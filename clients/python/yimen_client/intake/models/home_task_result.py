from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomeTaskResult")


@_attrs_define
class HomeTaskResult:
    """What happened at the door.

    Attributes:
        result (str):
        visited_date (datetime.date | None | Unset):
    """

    result: str
    visited_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        visited_date: None | str | Unset
        if isinstance(self.visited_date, Unset):
            visited_date = UNSET
        elif isinstance(self.visited_date, datetime.date):
            visited_date = self.visited_date.isoformat()
        else:
            visited_date = self.visited_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if visited_date is not UNSET:
            field_dict["visited_date"] = visited_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result")

        def _parse_visited_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visited_date_type_0 = datetime.date.fromisoformat(data)

                return visited_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        visited_date = _parse_visited_date(d.pop("visited_date", UNSET))

        home_task_result = cls(
            result=result,
            visited_date=visited_date,
        )

        home_task_result.additional_properties = d
        return home_task_result

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

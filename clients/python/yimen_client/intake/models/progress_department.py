from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgressDepartment")


@_attrs_define
class ProgressDepartment:
    """A department the case went to and how far it got (no staff names).

    Attributes:
        receiver_name (str):
        kind_name (str):
        progress (str):
        date (datetime.date):
    """

    receiver_name: str
    kind_name: str
    progress: str
    date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_name = self.receiver_name

        kind_name = self.kind_name

        progress = self.progress

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiver_name": receiver_name,
                "kind_name": kind_name,
                "progress": progress,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        receiver_name = d.pop("receiver_name")

        kind_name = d.pop("kind_name")

        progress = d.pop("progress")

        date = datetime.date.fromisoformat(d.pop("date"))

        progress_department = cls(
            receiver_name=receiver_name,
            kind_name=kind_name,
            progress=progress,
            date=date,
        )

        progress_department.additional_properties = d
        return progress_department

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

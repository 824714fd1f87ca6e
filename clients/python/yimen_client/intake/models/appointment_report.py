from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.window_counts import WindowCounts


T = TypeVar("T", bound="AppointmentReport")


@_attrs_define
class AppointmentReport:
    """Appointment outcomes per window over a period.

    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
        windows (list[WindowCounts]):
    """

    date_from: datetime.date
    date_to: datetime.date
    windows: list[WindowCounts]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        windows = []
        for windows_item_data in self.windows:
            windows_item = windows_item_data.to_dict()
            windows.append(windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "windows": windows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.window_counts import WindowCounts

        d = dict(src_dict)
        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        windows = []
        _windows = d.pop("windows")
        for windows_item_data in _windows:
            windows_item = WindowCounts.from_dict(windows_item_data)

            windows.append(windows_item)

        appointment_report = cls(
            date_from=date_from,
            date_to=date_to,
            windows=windows,
        )

        appointment_report.additional_properties = d
        return appointment_report

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

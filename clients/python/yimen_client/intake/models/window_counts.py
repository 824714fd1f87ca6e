from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowCounts")


@_attrs_define
class WindowCounts:
    """Appointments of one window over a period, by outcome (爽约 counted, not hand-tallied).

    Attributes:
        window_id (int):
        window_name (str):
        region (str):
        booked (int | Unset):  Default: 0.
        arrived (int | Unset):  Default: 0.
        no_show (int | Unset):  Default: 0.
        cancelled (int | Unset):  Default: 0.
        out_of_hours (int | Unset):  Default: 0.
    """

    window_id: int
    window_name: str
    region: str
    booked: int | Unset = 0
    arrived: int | Unset = 0
    no_show: int | Unset = 0
    cancelled: int | Unset = 0
    out_of_hours: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window_id = self.window_id

        window_name = self.window_name

        region = self.region

        booked = self.booked

        arrived = self.arrived

        no_show = self.no_show

        cancelled = self.cancelled

        out_of_hours = self.out_of_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window_id": window_id,
                "window_name": window_name,
                "region": region,
            }
        )
        if booked is not UNSET:
            field_dict["booked"] = booked
        if arrived is not UNSET:
            field_dict["arrived"] = arrived
        if no_show is not UNSET:
            field_dict["no_show"] = no_show
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if out_of_hours is not UNSET:
            field_dict["out_of_hours"] = out_of_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        window_id = d.pop("window_id")

        window_name = d.pop("window_name")

        region = d.pop("region")

        booked = d.pop("booked", UNSET)

        arrived = d.pop("arrived", UNSET)

        no_show = d.pop("no_show", UNSET)

        cancelled = d.pop("cancelled", UNSET)

        out_of_hours = d.pop("out_of_hours", UNSET)

        window_counts = cls(
            window_id=window_id,
            window_name=window_name,
            region=region,
            booked=booked,
            arrived=arrived,
            no_show=no_show,
            cancelled=cancelled,
            out_of_hours=out_of_hours,
        )

        window_counts.additional_properties = d
        return window_counts

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

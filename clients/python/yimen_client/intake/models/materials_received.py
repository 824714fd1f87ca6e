from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialsReceived")


@_attrs_define
class MaterialsReceived:
    """Materials the applicant brought (a supplement once a notice was issued).

    Attributes:
        materials (list[str]):
        received_date (datetime.date | None | Unset):
    """

    materials: list[str]
    received_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        materials = self.materials

        received_date: None | str | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        elif isinstance(self.received_date, datetime.date):
            received_date = self.received_date.isoformat()
        else:
            received_date = self.received_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "materials": materials,
            }
        )
        if received_date is not UNSET:
            field_dict["received_date"] = received_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        materials = cast(list[str], d.pop("materials"))

        def _parse_received_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_date_type_0 = datetime.date.fromisoformat(data)

                return received_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_date = _parse_received_date(d.pop("received_date", UNSET))

        materials_received = cls(
            materials=materials,
            received_date=received_date,
        )

        materials_received.additional_properties = d
        return materials_received

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

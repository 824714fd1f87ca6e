from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcknowledgementIn")


@_attrs_define
class AcknowledgementIn:
    """The district government received the report (recorded by the district's supervisor).

    Attributes:
        acknowledged_by (str):
        note (str | Unset):  Default: ''.
        acknowledged_date (datetime.date | None | Unset):
    """

    acknowledged_by: str
    note: str | Unset = ""
    acknowledged_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acknowledged_by = self.acknowledged_by

        note = self.note

        acknowledged_date: None | str | Unset
        if isinstance(self.acknowledged_date, Unset):
            acknowledged_date = UNSET
        elif isinstance(self.acknowledged_date, datetime.date):
            acknowledged_date = self.acknowledged_date.isoformat()
        else:
            acknowledged_date = self.acknowledged_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acknowledged_by": acknowledged_by,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if acknowledged_date is not UNSET:
            field_dict["acknowledged_date"] = acknowledged_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acknowledged_by = d.pop("acknowledged_by")

        note = d.pop("note", UNSET)

        def _parse_acknowledged_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_date_type_0 = datetime.date.fromisoformat(data)

                return acknowledged_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        acknowledged_date = _parse_acknowledged_date(d.pop("acknowledged_date", UNSET))

        acknowledgement_in = cls(
            acknowledged_by=acknowledged_by,
            note=note,
            acknowledged_date=acknowledged_date,
        )

        acknowledgement_in.additional_properties = d
        return acknowledgement_in

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

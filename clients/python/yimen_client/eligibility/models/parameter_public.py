from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.parameter_public_unit import (
    ParameterPublicUnit,
    check_parameter_public_unit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterPublic")


@_attrs_define
class ParameterPublic:
    """One value of a parameter from its effective date.

    Attributes:
        id (int):
        name (str):
        label (str):
        unit (ParameterPublicUnit):
        value (int | str):
        effective_from (datetime.date):
        created_by (str):
        created_at (datetime.datetime):
        note (str | Unset):  Default: ''.
        superseded_at (datetime.datetime | None | Unset):
    """

    id: int
    name: str
    label: str
    unit: ParameterPublicUnit
    value: int | str
    effective_from: datetime.date
    created_by: str
    created_at: datetime.datetime
    note: str | Unset = ""
    superseded_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label = self.label

        unit: str = self.unit

        value: int | str
        value = self.value

        effective_from = self.effective_from.isoformat()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        note = self.note

        superseded_at: None | str | Unset
        if isinstance(self.superseded_at, Unset):
            superseded_at = UNSET
        elif isinstance(self.superseded_at, datetime.datetime):
            superseded_at = self.superseded_at.isoformat()
        else:
            superseded_at = self.superseded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "unit": unit,
                "value": value,
                "effective_from": effective_from,
                "created_by": created_by,
                "created_at": created_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if superseded_at is not UNSET:
            field_dict["superseded_at"] = superseded_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        label = d.pop("label")

        unit = check_parameter_public_unit(d.pop("unit"))

        def _parse_value(data: object) -> int | str:
            return cast(int | str, data)

        value = _parse_value(d.pop("value"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        note = d.pop("note", UNSET)

        def _parse_superseded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_at_type_0 = datetime.datetime.fromisoformat(data)

                return superseded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        superseded_at = _parse_superseded_at(d.pop("superseded_at", UNSET))

        parameter_public = cls(
            id=id,
            name=name,
            label=label,
            unit=unit,
            value=value,
            effective_from=effective_from,
            created_by=created_by,
            created_at=created_at,
            note=note,
            superseded_at=superseded_at,
        )

        parameter_public.additional_properties = d
        return parameter_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.parameter_write_unit_type_0 import (
    ParameterWriteUnitType0,
    check_parameter_write_unit_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParameterWrite")


@_attrs_define
class ParameterWrite:
    """A new value from a date; the same date again supersedes (never overwrites) the earlier row.

    Attributes:
        value (int | str):
        effective_from (datetime.date):
        label (str | Unset):  Default: ''.
        unit (None | ParameterWriteUnitType0 | Unset):
        note (str | Unset):  Default: ''.
    """

    value: int | str
    effective_from: datetime.date
    label: str | Unset = ""
    unit: None | ParameterWriteUnitType0 | Unset = UNSET
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        value: int | str
        value = self.value

        effective_from = self.effective_from.isoformat()

        label = self.label

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, str):
            unit = self.unit
        else:
            unit = self.unit

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "effective_from": effective_from,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if unit is not UNSET:
            field_dict["unit"] = unit
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_value(data: object) -> int | str:
            return cast(int | str, data)

        value = _parse_value(d.pop("value"))

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        label = d.pop("label", UNSET)

        def _parse_unit(data: object) -> None | ParameterWriteUnitType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_type_0 = check_parameter_write_unit_type_0(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParameterWriteUnitType0 | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        note = d.pop("note", UNSET)

        parameter_write = cls(
            value=value,
            effective_from=effective_from,
            label=label,
            unit=unit,
            note=note,
        )

        return parameter_write

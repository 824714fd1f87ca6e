from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationResultParameterDates")


@_attrs_define
class EvaluationResultParameterDates:
    additional_properties: dict[str, datetime.date] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.isoformat()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_result_parameter_dates = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = datetime.date.fromisoformat(prop_dict)

            additional_properties[prop_name] = additional_property

        evaluation_result_parameter_dates.additional_properties = additional_properties
        return evaluation_result_parameter_dates

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> datetime.date:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: datetime.date) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

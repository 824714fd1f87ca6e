from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_result_fact_sources_additional_property import (
    EvaluationResultFactSourcesAdditionalProperty,
    check_evaluation_result_fact_sources_additional_property,
)

T = TypeVar("T", bound="EvaluationResultFactSources")


@_attrs_define
class EvaluationResultFactSources:
    additional_properties: dict[str, EvaluationResultFactSourcesAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_result_fact_sources = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                check_evaluation_result_fact_sources_additional_property(prop_dict)
            )

            additional_properties[prop_name] = additional_property

        evaluation_result_fact_sources.additional_properties = additional_properties
        return evaluation_result_fact_sources

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EvaluationResultFactSourcesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: EvaluationResultFactSourcesAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

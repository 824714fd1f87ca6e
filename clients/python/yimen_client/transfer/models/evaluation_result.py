from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_result_outcome import (
    EvaluationResultOutcome,
    check_evaluation_result_outcome,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_result import ConditionResult
    from ..models.evaluation_result_fact_labels import EvaluationResultFactLabels
    from ..models.evaluation_result_fact_sources import EvaluationResultFactSources
    from ..models.evaluation_result_parameter_dates import (
        EvaluationResultParameterDates,
    )
    from ..models.evaluation_result_parameters import EvaluationResultParameters


T = TypeVar("T", bound="EvaluationResult")


@_attrs_define
class EvaluationResult:
    """The outcome with every condition explained.

    Attributes:
        item_code (str):
        as_of (datetime.date):
        outcome (EvaluationResultOutcome):
        conditions (list[ConditionResult]):
        missing_facts (list[str]):
        parameters (EvaluationResultParameters):
        rule_version (str):
        parameter_dates (EvaluationResultParameterDates | Unset):
        fact_sources (EvaluationResultFactSources | Unset):
        fact_labels (EvaluationResultFactLabels | Unset):
        ignored_facts (list[str] | Unset):
        notes (list[str] | Unset):
        summary (str | Unset):  Default: ''.
    """

    item_code: str
    as_of: datetime.date
    outcome: EvaluationResultOutcome
    conditions: list[ConditionResult]
    missing_facts: list[str]
    parameters: EvaluationResultParameters
    rule_version: str
    parameter_dates: EvaluationResultParameterDates | Unset = UNSET
    fact_sources: EvaluationResultFactSources | Unset = UNSET
    fact_labels: EvaluationResultFactLabels | Unset = UNSET
    ignored_facts: list[str] | Unset = UNSET
    notes: list[str] | Unset = UNSET
    summary: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        as_of = self.as_of.isoformat()

        outcome: str = self.outcome

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        missing_facts = self.missing_facts

        parameters = self.parameters.to_dict()

        rule_version = self.rule_version

        parameter_dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_dates, Unset):
            parameter_dates = self.parameter_dates.to_dict()

        fact_sources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fact_sources, Unset):
            fact_sources = self.fact_sources.to_dict()

        fact_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fact_labels, Unset):
            fact_labels = self.fact_labels.to_dict()

        ignored_facts: list[str] | Unset = UNSET
        if not isinstance(self.ignored_facts, Unset):
            ignored_facts = self.ignored_facts

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "as_of": as_of,
                "outcome": outcome,
                "conditions": conditions,
                "missing_facts": missing_facts,
                "parameters": parameters,
                "rule_version": rule_version,
            }
        )
        if parameter_dates is not UNSET:
            field_dict["parameter_dates"] = parameter_dates
        if fact_sources is not UNSET:
            field_dict["fact_sources"] = fact_sources
        if fact_labels is not UNSET:
            field_dict["fact_labels"] = fact_labels
        if ignored_facts is not UNSET:
            field_dict["ignored_facts"] = ignored_facts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.condition_result import ConditionResult
        from ..models.evaluation_result_fact_labels import EvaluationResultFactLabels
        from ..models.evaluation_result_fact_sources import EvaluationResultFactSources
        from ..models.evaluation_result_parameter_dates import (
            EvaluationResultParameterDates,
        )
        from ..models.evaluation_result_parameters import EvaluationResultParameters

        d = dict(src_dict)
        item_code = d.pop("item_code")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        outcome = check_evaluation_result_outcome(d.pop("outcome"))

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionResult.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        missing_facts = cast(list[str], d.pop("missing_facts"))

        parameters = EvaluationResultParameters.from_dict(d.pop("parameters"))

        rule_version = d.pop("rule_version")

        _parameter_dates = d.pop("parameter_dates", UNSET)
        parameter_dates: EvaluationResultParameterDates | Unset
        if isinstance(_parameter_dates, Unset):
            parameter_dates = UNSET
        else:
            parameter_dates = EvaluationResultParameterDates.from_dict(_parameter_dates)

        _fact_sources = d.pop("fact_sources", UNSET)
        fact_sources: EvaluationResultFactSources | Unset
        if isinstance(_fact_sources, Unset):
            fact_sources = UNSET
        else:
            fact_sources = EvaluationResultFactSources.from_dict(_fact_sources)

        _fact_labels = d.pop("fact_labels", UNSET)
        fact_labels: EvaluationResultFactLabels | Unset
        if isinstance(_fact_labels, Unset):
            fact_labels = UNSET
        else:
            fact_labels = EvaluationResultFactLabels.from_dict(_fact_labels)

        ignored_facts = cast(list[str], d.pop("ignored_facts", UNSET))

        notes = cast(list[str], d.pop("notes", UNSET))

        summary = d.pop("summary", UNSET)

        evaluation_result = cls(
            item_code=item_code,
            as_of=as_of,
            outcome=outcome,
            conditions=conditions,
            missing_facts=missing_facts,
            parameters=parameters,
            rule_version=rule_version,
            parameter_dates=parameter_dates,
            fact_sources=fact_sources,
            fact_labels=fact_labels,
            ignored_facts=ignored_facts,
            notes=notes,
            summary=summary,
        )

        evaluation_result.additional_properties = d
        return evaluation_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_result_line_outcome import (
    BatchResultLineOutcome,
    check_batch_result_line_outcome,
)

if TYPE_CHECKING:
    from ..models.batch_result_line_conditions import BatchResultLineConditions


T = TypeVar("T", bound="BatchResultLine")


@_attrs_define
class BatchResultLine:
    """NDJSON line: one household's outcome, each condition's result, the facts still missing.

    Attributes:
        row (int):
        id (int | None | str):
        outcome (BatchResultLineOutcome):
        conditions (BatchResultLineConditions): 条件编号 → passed / failed / unknown
        missing_facts (list[str]):
    """

    row: int
    id: int | None | str
    outcome: BatchResultLineOutcome
    conditions: BatchResultLineConditions
    missing_facts: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        id: int | None | str
        id = self.id

        outcome: str = self.outcome

        conditions = self.conditions.to_dict()

        missing_facts = self.missing_facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row": row,
                "id": id,
                "outcome": outcome,
                "conditions": conditions,
                "missing_facts": missing_facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_result_line_conditions import BatchResultLineConditions

        d = dict(src_dict)
        row = d.pop("row")

        def _parse_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        id = _parse_id(d.pop("id"))

        outcome = check_batch_result_line_outcome(d.pop("outcome"))

        conditions = BatchResultLineConditions.from_dict(d.pop("conditions"))

        missing_facts = cast(list[str], d.pop("missing_facts"))

        batch_result_line = cls(
            row=row,
            id=id,
            outcome=outcome,
            conditions=conditions,
            missing_facts=missing_facts,
        )

        batch_result_line.additional_properties = d
        return batch_result_line

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

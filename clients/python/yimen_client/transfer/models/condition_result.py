from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_result_result import (
    ConditionResultResult,
    check_condition_result_result,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_result_values import ConditionResultValues


T = TypeVar("T", bound="ConditionResult")


@_attrs_define
class ConditionResult:
    """One condition, explained: what was checked, the numbers used, and the result.

    Attributes:
        id (str):
        description (str):
        result (ConditionResultResult):
        detail (str):
        exempt (bool | Unset):  Default: False.
        values (ConditionResultValues | Unset):
        missing_facts (list[str] | Unset):
    """

    id: str
    description: str
    result: ConditionResultResult
    detail: str
    exempt: bool | Unset = False
    values: ConditionResultValues | Unset = UNSET
    missing_facts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        result: str = self.result

        detail = self.detail

        exempt = self.exempt

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        missing_facts: list[str] | Unset = UNSET
        if not isinstance(self.missing_facts, Unset):
            missing_facts = self.missing_facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "result": result,
                "detail": detail,
            }
        )
        if exempt is not UNSET:
            field_dict["exempt"] = exempt
        if values is not UNSET:
            field_dict["values"] = values
        if missing_facts is not UNSET:
            field_dict["missing_facts"] = missing_facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.condition_result_values import ConditionResultValues

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        result = check_condition_result_result(d.pop("result"))

        detail = d.pop("detail")

        exempt = d.pop("exempt", UNSET)

        _values = d.pop("values", UNSET)
        values: ConditionResultValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ConditionResultValues.from_dict(_values)

        missing_facts = cast(list[str], d.pop("missing_facts", UNSET))

        condition_result = cls(
            id=id,
            description=description,
            result=result,
            detail=detail,
            exempt=exempt,
            values=values,
            missing_facts=missing_facts,
        )

        condition_result.additional_properties = d
        return condition_result

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

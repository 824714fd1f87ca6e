from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.fact_definition_type import FactDefinitionType, check_fact_definition_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fact_definition_values_type_0 import FactDefinitionValuesType0


T = TypeVar("T", bound="FactDefinition")


@_attrs_define
class FactDefinition:
    """A fact the rule reads, its type and the range a declared value must lie in.

    Attributes:
        type_ (FactDefinitionType):
        label (str | Unset): 中文名称；缺省为事实名 Default: ''.
        min_ (int | None | Unset): count 的下限（缺省 0）
        max_ (int | None | Unset): count 的上限（缺省 10000）
        values (FactDefinitionValuesType0 | None | Unset): enum 的取值 → 中文名称
    """

    type_: FactDefinitionType
    label: str | Unset = ""
    min_: int | None | Unset = UNSET
    max_: int | None | Unset = UNSET
    values: FactDefinitionValuesType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.fact_definition_values_type_0 import FactDefinitionValuesType0

        type_: str = self.type_

        label = self.label

        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        values: dict[str, Any] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, FactDefinitionValuesType0):
            values = self.values.to_dict()
        else:
            values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fact_definition_values_type_0 import FactDefinitionValuesType0

        d = dict(src_dict)
        type_ = check_fact_definition_type(d.pop("type"))

        label = d.pop("label", UNSET)

        def _parse_min_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_values(data: object) -> FactDefinitionValuesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = FactDefinitionValuesType0.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FactDefinitionValuesType0 | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        fact_definition = cls(
            type_=type_,
            label=label,
            min_=min_,
            max_=max_,
            values=values,
        )

        return fact_definition

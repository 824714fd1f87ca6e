from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionDefinition")


@_attrs_define
class ConditionDefinition:
    """One condition: passed, failed or unknown for a household, explained with the numbers compared.

    Attributes:
        id (str):
        description (str):
        test (str): 规则语言表达式（docs/rules.md）：事实名、参数名、整数/字符串/布尔常量、常量列表；运算 + - * /；比较 < <= > >= == != in, not in；逻辑 and or
            not；括号。不允许函数调用。
        applies_when (None | str | Unset): 适用条件；为假时本条视为通过（豁免）。规则语言表达式（docs/rules.md）：事实名、参数名、整数/字符串/布尔常量、常量列表；运算 + - *
            /；比较 < <= > >= == != in, not in；逻辑 and or not；括号。不允许函数调用。
        left_label (str | Unset): 说明中比较左边的名称 Default: ''.
        right_label (str | Unset): 说明中比较右边的名称 Default: ''.
        exempt_detail (str | Unset): 豁免时的说明 Default: '此项不适用'.
    """

    id: str
    description: str
    test: str
    applies_when: None | str | Unset = UNSET
    left_label: str | Unset = ""
    right_label: str | Unset = ""
    exempt_detail: str | Unset = "此项不适用"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        test = self.test

        applies_when: None | str | Unset
        if isinstance(self.applies_when, Unset):
            applies_when = UNSET
        else:
            applies_when = self.applies_when

        left_label = self.left_label

        right_label = self.right_label

        exempt_detail = self.exempt_detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "description": description,
                "test": test,
            }
        )
        if applies_when is not UNSET:
            field_dict["applies_when"] = applies_when
        if left_label is not UNSET:
            field_dict["left_label"] = left_label
        if right_label is not UNSET:
            field_dict["right_label"] = right_label
        if exempt_detail is not UNSET:
            field_dict["exempt_detail"] = exempt_detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        test = d.pop("test")

        def _parse_applies_when(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applies_when = _parse_applies_when(d.pop("applies_when", UNSET))

        left_label = d.pop("left_label", UNSET)

        right_label = d.pop("right_label", UNSET)

        exempt_detail = d.pop("exempt_detail", UNSET)

        condition_definition = cls(
            id=id,
            description=description,
            test=test,
            applies_when=applies_when,
            left_label=left_label,
            right_label=right_label,
            exempt_detail=exempt_detail,
        )

        return condition_definition

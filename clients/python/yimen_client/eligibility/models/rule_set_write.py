from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_definition import RuleDefinition


T = TypeVar("T", bound="RuleSetWrite")


@_attrs_define
class RuleSetWrite:
    """A new version of an item's rules; checked by schema, then compiled, before anything is stored.

    Attributes:
        definition (RuleDefinition): An item's rules as data: the facts it reads, the parameters it uses and its
            conditions.
        note (str | Unset):  Default: ''.
    """

    definition: RuleDefinition
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "definition": definition,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rule_definition import RuleDefinition

        d = dict(src_dict)
        definition = RuleDefinition.from_dict(d.pop("definition"))

        note = d.pop("note", UNSET)

        rule_set_write = cls(
            definition=definition,
            note=note,
        )

        return rule_set_write

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_definition import RuleDefinition


T = TypeVar("T", bound="RuleSetPublic")


@_attrs_define
class RuleSetPublic:
    """A rule set version: the facts it reads and its conditions (expressions in the rule language).

    Attributes:
        item_code (str):
        version (int):
        definition (RuleDefinition): An item's rules as data: the facts it reads, the parameters it uses and its
            conditions.
        created_by (str):
        created_at (datetime.datetime):
        note (str | Unset):  Default: ''.
        active (bool | Unset):  Default: True.
    """

    item_code: str
    version: int
    definition: RuleDefinition
    created_by: str
    created_at: datetime.datetime
    note: str | Unset = ""
    active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        version = self.version

        definition = self.definition.to_dict()

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        note = self.note

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "version": version,
                "definition": definition,
                "created_by": created_by,
                "created_at": created_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rule_definition import RuleDefinition

        d = dict(src_dict)
        item_code = d.pop("item_code")

        version = d.pop("version")

        definition = RuleDefinition.from_dict(d.pop("definition"))

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        note = d.pop("note", UNSET)

        active = d.pop("active", UNSET)

        rule_set_public = cls(
            item_code=item_code,
            version=version,
            definition=definition,
            created_by=created_by,
            created_at=created_at,
            note=note,
            active=active,
        )

        rule_set_public.additional_properties = d
        return rule_set_public

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.action_create_level import ActionCreateLevel, check_action_create_level

T = TypeVar("T", bound="ActionCreate")


@_attrs_define
class ActionCreate:
    """What the supervisor sends: 催办 (reminder) or 督办 (supervision), and why.

    Attributes:
        level (ActionCreateLevel):
        note (str):
    """

    level: ActionCreateLevel
    note: str

    def to_dict(self) -> dict[str, Any]:
        level: str = self.level

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "level": level,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        level = check_action_create_level(d.pop("level"))

        note = d.pop("note")

        action_create = cls(
            level=level,
            note=note,
        )

        return action_create

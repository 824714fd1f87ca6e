from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.check_answer_in_facts import CheckAnswerInFacts


T = TypeVar("T", bound="CheckAnswerIn")


@_attrs_define
class CheckAnswerIn:
    """The checking body's answer: the verified facts, and what it found.

    Attributes:
        facts (CheckAnswerInFacts):
        note (str):
    """

    facts: CheckAnswerInFacts
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facts": facts,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.check_answer_in_facts import CheckAnswerInFacts

        d = dict(src_dict)
        facts = CheckAnswerInFacts.from_dict(d.pop("facts"))

        note = d.pop("note")

        check_answer_in = cls(
            facts=facts,
            note=note,
        )

        check_answer_in.additional_properties = d
        return check_answer_in

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

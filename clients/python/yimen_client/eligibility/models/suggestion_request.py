from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suggestion_request_facts import SuggestionRequestFacts


T = TypeVar("T", bound="SuggestionRequest")


@_attrs_define
class SuggestionRequest:
    """The difficulty in the applicant's words, and any facts already known.

    Attributes:
        difficulty (str | Unset):  Default: ''.
        facts (SuggestionRequestFacts | Unset):
    """

    difficulty: str | Unset = ""
    facts: SuggestionRequestFacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        difficulty = self.difficulty

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suggestion_request_facts import SuggestionRequestFacts

        d = dict(src_dict)
        difficulty = d.pop("difficulty", UNSET)

        _facts = d.pop("facts", UNSET)
        facts: SuggestionRequestFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = SuggestionRequestFacts.from_dict(_facts)

        suggestion_request = cls(
            difficulty=difficulty,
            facts=facts,
        )

        suggestion_request.additional_properties = d
        return suggestion_request

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

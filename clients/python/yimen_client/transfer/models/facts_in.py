from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.facts_in_facts import FactsInFacts


T = TypeVar("T", bound="FactsIn")


@_attrs_define
class FactsIn:
    """
    Attributes:
        facts (FactsInFacts):
    """

    facts: FactsInFacts

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facts_in_facts import FactsInFacts

        d = dict(src_dict)
        facts = FactsInFacts.from_dict(d.pop("facts"))

        facts_in = cls(
            facts=facts,
        )

        return facts_in

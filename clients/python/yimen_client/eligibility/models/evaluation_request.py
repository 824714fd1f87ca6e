from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_request_facts import EvaluationRequestFacts


T = TypeVar("T", bound="EvaluationRequest")


@_attrs_define
class EvaluationRequest:
    """Evaluate one household for one item on a date.

    Attributes:
        item_code (str):
        as_of (datetime.date):
        facts (EvaluationRequestFacts | Unset):
        household_id_numbers (list[str] | None | Unset):
    """

    item_code: str
    as_of: datetime.date
    facts: EvaluationRequestFacts | Unset = UNSET
    household_id_numbers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        as_of = self.as_of.isoformat()

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        household_id_numbers: list[str] | None | Unset
        if isinstance(self.household_id_numbers, Unset):
            household_id_numbers = UNSET
        elif isinstance(self.household_id_numbers, list):
            household_id_numbers = self.household_id_numbers

        else:
            household_id_numbers = self.household_id_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "as_of": as_of,
            }
        )
        if facts is not UNSET:
            field_dict["facts"] = facts
        if household_id_numbers is not UNSET:
            field_dict["household_id_numbers"] = household_id_numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_request_facts import EvaluationRequestFacts

        d = dict(src_dict)
        item_code = d.pop("item_code")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        _facts = d.pop("facts", UNSET)
        facts: EvaluationRequestFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = EvaluationRequestFacts.from_dict(_facts)

        def _parse_household_id_numbers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                household_id_numbers_type_0 = cast(list[str], data)

                return household_id_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        household_id_numbers = _parse_household_id_numbers(
            d.pop("household_id_numbers", UNSET)
        )

        evaluation_request = cls(
            item_code=item_code,
            as_of=as_of,
            facts=facts,
            household_id_numbers=household_id_numbers,
        )

        evaluation_request.additional_properties = d
        return evaluation_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSummary")


@_attrs_define
class BatchSummary:
    """Totals at the end: processed, errors and the count of each outcome.

    Attributes:
        processed (int):
        errors (int):
        eligible (int | Unset):  Default: 0.
        ineligible (int | Unset):  Default: 0.
        needs_facts (int | Unset):  Default: 0.
    """

    processed: int
    errors: int
    eligible: int | Unset = 0
    ineligible: int | Unset = 0
    needs_facts: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processed = self.processed

        errors = self.errors

        eligible = self.eligible

        ineligible = self.ineligible

        needs_facts = self.needs_facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processed": processed,
                "errors": errors,
            }
        )
        if eligible is not UNSET:
            field_dict["eligible"] = eligible
        if ineligible is not UNSET:
            field_dict["ineligible"] = ineligible
        if needs_facts is not UNSET:
            field_dict["needs_facts"] = needs_facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        processed = d.pop("processed")

        errors = d.pop("errors")

        eligible = d.pop("eligible", UNSET)

        ineligible = d.pop("ineligible", UNSET)

        needs_facts = d.pop("needs_facts", UNSET)

        batch_summary = cls(
            processed=processed,
            errors=errors,
            eligible=eligible,
            ineligible=ineligible,
            needs_facts=needs_facts,
        )

        batch_summary.additional_properties = d
        return batch_summary

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_create_outcome import (
    FindingCreateOutcome,
    check_finding_create_outcome,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FindingCreate")


@_attrs_define
class FindingCreate:
    """The auditor's finding on one case: ok, or a problem with its category and what was found.

    Attributes:
        outcome (FindingCreateOutcome):
        category (None | str | Unset): 问题类别：materials、eligibility、procedure、timeliness、amount、other
        finding (str | Unset):  Default: ''.
    """

    outcome: FindingCreateOutcome
    category: None | str | Unset = UNSET
    finding: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        finding = self.finding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if finding is not UNSET:
            field_dict["finding"] = finding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = check_finding_create_outcome(d.pop("outcome"))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        finding = d.pop("finding", UNSET)

        finding_create = cls(
            outcome=outcome,
            category=category,
            finding=finding,
        )

        finding_create.additional_properties = d
        return finding_create

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

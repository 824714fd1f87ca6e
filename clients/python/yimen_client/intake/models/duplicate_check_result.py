from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.duplicate_finding import DuplicateFinding


T = TypeVar("T", bound="DuplicateCheckResult")


@_attrs_define
class DuplicateCheckResult:
    """The guard's findings; `grant_check_incomplete` when the grant records could not be read.

    Attributes:
        findings (list[DuplicateFinding]):
        grant_check_incomplete (bool):
    """

    findings: list[DuplicateFinding]
    grant_check_incomplete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        grant_check_incomplete = self.grant_check_incomplete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "findings": findings,
                "grant_check_incomplete": grant_check_incomplete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_finding import DuplicateFinding

        d = dict(src_dict)
        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = DuplicateFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        grant_check_incomplete = d.pop("grant_check_incomplete")

        duplicate_check_result = cls(
            findings=findings,
            grant_check_incomplete=grant_check_incomplete,
        )

        duplicate_check_result.additional_properties = d
        return duplicate_check_result

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

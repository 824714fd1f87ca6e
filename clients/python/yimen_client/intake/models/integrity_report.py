from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.integrity_problem import IntegrityProblem


T = TypeVar("T", bound="IntegrityReport")


@_attrs_define
class IntegrityReport:
    """The result of re-hashing every scan in scope.

    Attributes:
        checked (int):
        problems (list[IntegrityProblem]):
    """

    checked: int
    problems: list[IntegrityProblem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked = self.checked

        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked": checked,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integrity_problem import IntegrityProblem

        d = dict(src_dict)
        checked = d.pop("checked")

        problems = []
        _problems = d.pop("problems")
        for problems_item_data in _problems:
            problems_item = IntegrityProblem.from_dict(problems_item_data)

            problems.append(problems_item)

        integrity_report = cls(
            checked=checked,
            problems=problems,
        )

        integrity_report.additional_properties = d
        return integrity_report

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_row_by_category import ReportRowByCategory


T = TypeVar("T", bound="ReportRow")


@_attrs_define
class ReportRow:
    """Findings of one street and item.

    Attributes:
        street (str):
        street_name (str):
        item_code (str):
        item_name (str):
        cases (int):
        recorded (int):
        ok (int):
        problems (int):
        by_category (ReportRowByCategory):
    """

    street: str
    street_name: str
    item_code: str
    item_name: str
    cases: int
    recorded: int
    ok: int
    problems: int
    by_category: ReportRowByCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        street_name = self.street_name

        item_code = self.item_code

        item_name = self.item_name

        cases = self.cases

        recorded = self.recorded

        ok = self.ok

        problems = self.problems

        by_category = self.by_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "street": street,
                "street_name": street_name,
                "item_code": item_code,
                "item_name": item_name,
                "cases": cases,
                "recorded": recorded,
                "ok": ok,
                "problems": problems,
                "by_category": by_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_row_by_category import ReportRowByCategory

        d = dict(src_dict)
        street = d.pop("street")

        street_name = d.pop("street_name")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        cases = d.pop("cases")

        recorded = d.pop("recorded")

        ok = d.pop("ok")

        problems = d.pop("problems")

        by_category = ReportRowByCategory.from_dict(d.pop("by_category"))

        report_row = cls(
            street=street,
            street_name=street_name,
            item_code=item_code,
            item_name=item_name,
            cases=cases,
            recorded=recorded,
            ok=ok,
            problems=problems,
            by_category=by_category,
        )

        report_row.additional_properties = d
        return report_row

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

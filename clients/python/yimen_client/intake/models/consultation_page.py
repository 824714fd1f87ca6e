from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.consultation_row import ConsultationRow


T = TypeVar("T", bound="ConsultationPage")


@_attrs_define
class ConsultationPage:
    """A page of the register, newest first.

    Attributes:
        total (int):
        page (int):
        page_size (int):
        rows (list[ConsultationRow]):
    """

    total: int
    page: int
    page_size: int
    rows: list[ConsultationRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        page_size = self.page_size

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "page": page,
                "page_size": page_size,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.consultation_row import ConsultationRow

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ConsultationRow.from_dict(rows_item_data)

            rows.append(rows_item)

        consultation_page = cls(
            total=total,
            page=page,
            page_size=page_size,
            rows=rows,
        )

        consultation_page.additional_properties = d
        return consultation_page

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

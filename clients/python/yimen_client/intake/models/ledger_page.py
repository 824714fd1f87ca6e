from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ledger_row import LedgerRow


T = TypeVar("T", bound="LedgerPage")


@_attrs_define
class LedgerPage:
    """A page of the ledger, newest first.

    Attributes:
        total (int):
        page (int):
        page_size (int):
        rows (list[LedgerRow]):
        next_before_id (int | None | Unset): 下一页的游标（传作 before_id）；已是最后一页时为空
    """

    total: int
    page: int
    page_size: int
    rows: list[LedgerRow]
    next_before_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        page_size = self.page_size

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        next_before_id: int | None | Unset
        if isinstance(self.next_before_id, Unset):
            next_before_id = UNSET
        else:
            next_before_id = self.next_before_id

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
        if next_before_id is not UNSET:
            field_dict["next_before_id"] = next_before_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ledger_row import LedgerRow

        d = dict(src_dict)
        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = LedgerRow.from_dict(rows_item_data)

            rows.append(rows_item)

        def _parse_next_before_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_before_id = _parse_next_before_id(d.pop("next_before_id", UNSET))

        ledger_page = cls(
            total=total,
            page=page,
            page_size=page_size,
            rows=rows,
            next_before_id=next_before_id,
        )

        ledger_page.additional_properties = d
        return ledger_page

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

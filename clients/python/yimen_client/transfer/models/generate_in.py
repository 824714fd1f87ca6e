from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GenerateIn")


@_attrs_define
class GenerateIn:
    """Generate (or refresh) the month's draft list for one street and item.

    Attributes:
        street_region (str):
        item_code (str):
        month (str): 发放月份 YYYY-MM
    """

    street_region: str
    item_code: str
    month: str

    def to_dict(self) -> dict[str, Any]:
        street_region = self.street_region

        item_code = self.item_code

        month = self.month

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "street_region": street_region,
                "item_code": item_code,
                "month": month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        street_region = d.pop("street_region")

        item_code = d.pop("item_code")

        month = d.pop("month")

        generate_in = cls(
            street_region=street_region,
            item_code=item_code,
            month=month,
        )

        return generate_in

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.review_run_in_item_code import (
    ReviewRunInItemCode,
    check_review_run_in_item_code,
)

T = TypeVar("T", bound="ReviewRunIn")


@_attrs_define
class ReviewRunIn:
    """Run the annual review for one street and item (March–May).

    Attributes:
        street_region (str):
        item_code (ReviewRunInItemCode):
    """

    street_region: str
    item_code: ReviewRunInItemCode

    def to_dict(self) -> dict[str, Any]:
        street_region = self.street_region

        item_code: str = self.item_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "street_region": street_region,
                "item_code": item_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        street_region = d.pop("street_region")

        item_code = check_review_run_in_item_code(d.pop("item_code"))

        review_run_in = cls(
            street_region=street_region,
            item_code=item_code,
        )

        return review_run_in

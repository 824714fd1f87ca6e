from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grant_line import GrantLine


T = TypeVar("T", bound="GrantsSummary")


@_attrs_define
class GrantsSummary:
    """A household's recorded grants in one calendar year.

    Attributes:
        grants_this_year (int):
        granted_amount_this_year (str):
        grants (list[GrantLine]):
    """

    grants_this_year: int
    granted_amount_this_year: str
    grants: list[GrantLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grants_this_year = self.grants_this_year

        granted_amount_this_year = self.granted_amount_this_year

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grants_this_year": grants_this_year,
                "granted_amount_this_year": granted_amount_this_year,
                "grants": grants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grant_line import GrantLine

        d = dict(src_dict)
        grants_this_year = d.pop("grants_this_year")

        granted_amount_this_year = d.pop("granted_amount_this_year")

        grants = []
        _grants = d.pop("grants")
        for grants_item_data in _grants:
            grants_item = GrantLine.from_dict(grants_item_data)

            grants.append(grants_item)

        grants_summary = cls(
            grants_this_year=grants_this_year,
            granted_amount_this_year=granted_amount_this_year,
            grants=grants,
        )

        grants_summary.additional_properties = d
        return grants_summary

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

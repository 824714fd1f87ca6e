from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GrantsQuery")


@_attrs_define
class GrantsQuery:
    """Whose grants, which year: the ID numbers travel in the body, never in a URL a proxy would log.

    Attributes:
        id_numbers (list[str]):
        year (int):
        item_code (None | str | Unset):
    """

    id_numbers: list[str]
    year: int
    item_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_numbers = self.id_numbers

        year = self.year

        item_code: None | str | Unset
        if isinstance(self.item_code, Unset):
            item_code = UNSET
        else:
            item_code = self.item_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_numbers": id_numbers,
                "year": year,
            }
        )
        if item_code is not UNSET:
            field_dict["item_code"] = item_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_numbers = cast(list[str], d.pop("id_numbers"))

        year = d.pop("year")

        def _parse_item_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_code = _parse_item_code(d.pop("item_code", UNSET))

        grants_query = cls(
            id_numbers=id_numbers,
            year=year,
            item_code=item_code,
        )

        grants_query.additional_properties = d
        return grants_query

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChecklistRequest")


@_attrs_define
class ChecklistRequest:
    """Items applied for and the materials already provided.

    Attributes:
        item_codes (list[str]):
        provided (list[str] | Unset):
    """

    item_codes: list[str]
    provided: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_codes = self.item_codes

        provided: list[str] | Unset = UNSET
        if not isinstance(self.provided, Unset):
            provided = self.provided

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_codes": item_codes,
            }
        )
        if provided is not UNSET:
            field_dict["provided"] = provided

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_codes = cast(list[str], d.pop("item_codes"))

        provided = cast(list[str], d.pop("provided", UNSET))

        checklist_request = cls(
            item_codes=item_codes,
            provided=provided,
        )

        checklist_request.additional_properties = d
        return checklist_request

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

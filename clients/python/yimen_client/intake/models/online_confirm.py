from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_acknowledgement import DuplicateAcknowledgement


T = TypeVar("T", bound="OnlineConfirm")


@_attrs_define
class OnlineConfirm:
    """The window confirms: optionally corrects the items, records materials seen, acknowledges duplicates.

    Attributes:
        item_codes (list[str] | None | Unset):
        provided_materials (list[str] | Unset):
        duplicate_acknowledgement (DuplicateAcknowledgement | None | Unset):
    """

    item_codes: list[str] | None | Unset = UNSET
    provided_materials: list[str] | Unset = UNSET
    duplicate_acknowledgement: DuplicateAcknowledgement | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.duplicate_acknowledgement import DuplicateAcknowledgement

        item_codes: list[str] | None | Unset
        if isinstance(self.item_codes, Unset):
            item_codes = UNSET
        elif isinstance(self.item_codes, list):
            item_codes = self.item_codes

        else:
            item_codes = self.item_codes

        provided_materials: list[str] | Unset = UNSET
        if not isinstance(self.provided_materials, Unset):
            provided_materials = self.provided_materials

        duplicate_acknowledgement: dict[str, Any] | None | Unset
        if isinstance(self.duplicate_acknowledgement, Unset):
            duplicate_acknowledgement = UNSET
        elif isinstance(self.duplicate_acknowledgement, DuplicateAcknowledgement):
            duplicate_acknowledgement = self.duplicate_acknowledgement.to_dict()
        else:
            duplicate_acknowledgement = self.duplicate_acknowledgement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if provided_materials is not UNSET:
            field_dict["provided_materials"] = provided_materials
        if duplicate_acknowledgement is not UNSET:
            field_dict["duplicate_acknowledgement"] = duplicate_acknowledgement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_acknowledgement import DuplicateAcknowledgement

        d = dict(src_dict)

        def _parse_item_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                item_codes_type_0 = cast(list[str], data)

                return item_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        item_codes = _parse_item_codes(d.pop("item_codes", UNSET))

        provided_materials = cast(list[str], d.pop("provided_materials", UNSET))

        def _parse_duplicate_acknowledgement(
            data: object,
        ) -> DuplicateAcknowledgement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duplicate_acknowledgement_type_0 = DuplicateAcknowledgement.from_dict(
                    data
                )

                return duplicate_acknowledgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DuplicateAcknowledgement | None | Unset, data)

        duplicate_acknowledgement = _parse_duplicate_acknowledgement(
            d.pop("duplicate_acknowledgement", UNSET)
        )

        online_confirm = cls(
            item_codes=item_codes,
            provided_materials=provided_materials,
            duplicate_acknowledgement=duplicate_acknowledgement,
        )

        online_confirm.additional_properties = d
        return online_confirm

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

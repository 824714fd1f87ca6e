from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.investigator import Investigator


T = TypeVar("T", bound="AssignIn")


@_attrs_define
class AssignIn:
    """Two named investigators, or a third-party organisation (seed 001 委托第三方专业组织).

    Attributes:
        investigators (list[Investigator] | Unset):
        third_party_id (None | str | Unset):
    """

    investigators: list[Investigator] | Unset = UNSET
    third_party_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        investigators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.investigators, Unset):
            investigators = []
            for investigators_item_data in self.investigators:
                investigators_item = investigators_item_data.to_dict()
                investigators.append(investigators_item)

        third_party_id: None | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        else:
            third_party_id = self.third_party_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if investigators is not UNSET:
            field_dict["investigators"] = investigators
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.investigator import Investigator

        d = dict(src_dict)
        _investigators = d.pop("investigators", UNSET)
        investigators: list[Investigator] | Unset = UNSET
        if _investigators is not UNSET:
            investigators = []
            for investigators_item_data in _investigators:
                investigators_item = Investigator.from_dict(investigators_item_data)

                investigators.append(investigators_item)

        def _parse_third_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id", UNSET))

        assign_in = cls(
            investigators=investigators,
            third_party_id=third_party_id,
        )

        assign_in.additional_properties = d
        return assign_in

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

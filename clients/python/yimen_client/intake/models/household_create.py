from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdCreate")


@_attrs_define
class HouseholdCreate:
    """A household in difficulty to follow (an agent or grid worker records it in its 村居).

    Attributes:
        head_name (str):
        region (None | str | Unset):
        community (None | str | Unset):
        id_number (None | str | Unset):
        phone (str | Unset):  Default: ''.
        address (str | Unset):  Default: ''.
        situation (str | Unset):  Default: ''.
        visits_per_week (int | Unset): 计划每周走访次数（0 为不定期） Default: 0.
    """

    head_name: str
    region: None | str | Unset = UNSET
    community: None | str | Unset = UNSET
    id_number: None | str | Unset = UNSET
    phone: str | Unset = ""
    address: str | Unset = ""
    situation: str | Unset = ""
    visits_per_week: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        head_name = self.head_name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        community: None | str | Unset
        if isinstance(self.community, Unset):
            community = UNSET
        else:
            community = self.community

        id_number: None | str | Unset
        if isinstance(self.id_number, Unset):
            id_number = UNSET
        else:
            id_number = self.id_number

        phone = self.phone

        address = self.address

        situation = self.situation

        visits_per_week = self.visits_per_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "head_name": head_name,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if community is not UNSET:
            field_dict["community"] = community
        if id_number is not UNSET:
            field_dict["id_number"] = id_number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address
        if situation is not UNSET:
            field_dict["situation"] = situation
        if visits_per_week is not UNSET:
            field_dict["visits_per_week"] = visits_per_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        head_name = d.pop("head_name")

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_community(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community = _parse_community(d.pop("community", UNSET))

        def _parse_id_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_number = _parse_id_number(d.pop("id_number", UNSET))

        phone = d.pop("phone", UNSET)

        address = d.pop("address", UNSET)

        situation = d.pop("situation", UNSET)

        visits_per_week = d.pop("visits_per_week", UNSET)

        household_create = cls(
            head_name=head_name,
            region=region,
            community=community,
            id_number=id_number,
            phone=phone,
            address=address,
            situation=situation,
            visits_per_week=visits_per_week,
        )

        household_create.additional_properties = d
        return household_create

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

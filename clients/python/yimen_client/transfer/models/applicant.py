from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Applicant")


@_attrs_define
class Applicant:
    """The applicant as accepted at the window.

    Attributes:
        name (str):
        id_number (str):
        hukou_region (str):
        phone (str | Unset):  Default: ''.
        community (None | str | Unset): 村（社区），公示时列出
    """

    name: str
    id_number: str
    hukou_region: str
    phone: str | Unset = ""
    community: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_number = self.id_number

        hukou_region = self.hukou_region

        phone = self.phone

        community: None | str | Unset
        if isinstance(self.community, Unset):
            community = UNSET
        else:
            community = self.community

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id_number": id_number,
                "hukou_region": hukou_region,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if community is not UNSET:
            field_dict["community"] = community

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id_number = d.pop("id_number")

        hukou_region = d.pop("hukou_region")

        phone = d.pop("phone", UNSET)

        def _parse_community(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community = _parse_community(d.pop("community", UNSET))

        applicant = cls(
            name=name,
            id_number=id_number,
            hukou_region=hukou_region,
            phone=phone,
            community=community,
        )

        applicant.additional_properties = d
        return applicant

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicantDraft")


@_attrs_define
class ApplicantDraft:
    """The applicant as far as the consultation knows him or her; missing facts are null.

    Attributes:
        name (str):
        id_number (None | str):
        phone (None | str):
        hukou_region (None | str):
    """

    name: str
    id_number: None | str
    phone: None | str
    hukou_region: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_number: None | str
        id_number = self.id_number

        phone: None | str
        phone = self.phone

        hukou_region: None | str
        hukou_region = self.hukou_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id_number": id_number,
                "phone": phone,
                "hukou_region": hukou_region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id_number = _parse_id_number(d.pop("id_number"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_hukou_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hukou_region = _parse_hukou_region(d.pop("hukou_region"))

        applicant_draft = cls(
            name=name,
            id_number=id_number,
            phone=phone,
            hukou_region=hukou_region,
        )

        applicant_draft.additional_properties = d
        return applicant_draft

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

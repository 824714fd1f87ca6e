from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Signatory")


@_attrs_define
class Signatory:
    """Someone who signed the 诚信承诺和授权委托书: an adult member, or a supporter living apart.

    Attributes:
        name (str):
        id_number (str):
        relation (str):
        file_id (int): 签字扫描件（先上传）
        supporter (bool | Unset): 未共同生活的赡（抚、扶）养人 Default: False.
    """

    name: str
    id_number: str
    relation: str
    file_id: int
    supporter: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id_number = self.id_number

        relation = self.relation

        file_id = self.file_id

        supporter = self.supporter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id_number": id_number,
                "relation": relation,
                "file_id": file_id,
            }
        )
        if supporter is not UNSET:
            field_dict["supporter"] = supporter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id_number = d.pop("id_number")

        relation = d.pop("relation")

        file_id = d.pop("file_id")

        supporter = d.pop("supporter", UNSET)

        signatory = cls(
            name=name,
            id_number=id_number,
            relation=relation,
            file_id=file_id,
            supporter=supporter,
        )

        signatory.additional_properties = d
        return signatory

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

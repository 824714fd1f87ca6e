from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplaintCreate")


@_attrs_define
class ComplaintCreate:
    """找茬: what went wrong, where; contact optional.

    Attributes:
        region (str):
        content (str):
        complainant_name (str | Unset):  Default: ''.
        contact (str | Unset):  Default: ''.
        case_number (None | str | Unset):
    """

    region: str
    content: str
    complainant_name: str | Unset = ""
    contact: str | Unset = ""
    case_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        content = self.content

        complainant_name = self.complainant_name

        contact = self.contact

        case_number: None | str | Unset
        if isinstance(self.case_number, Unset):
            case_number = UNSET
        else:
            case_number = self.case_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "content": content,
            }
        )
        if complainant_name is not UNSET:
            field_dict["complainant_name"] = complainant_name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if case_number is not UNSET:
            field_dict["case_number"] = case_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = d.pop("region")

        content = d.pop("content")

        complainant_name = d.pop("complainant_name", UNSET)

        contact = d.pop("contact", UNSET)

        def _parse_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_number = _parse_case_number(d.pop("case_number", UNSET))

        complaint_create = cls(
            region=region,
            content=content,
            complainant_name=complainant_name,
            contact=contact,
            case_number=case_number,
        )

        complaint_create.additional_properties = d
        return complaint_create

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

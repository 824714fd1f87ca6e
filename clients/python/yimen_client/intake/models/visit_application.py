from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="VisitApplication")


@_attrs_define
class VisitApplication:
    """Start an application on the household's behalf from a visit (the household's data carried over).

    Attributes:
        item_codes (list[str] | Unset):
        dont_know (bool | Unset):  Default: False.
        emergency (bool | Unset):  Default: False.
        hukou_region (None | str | Unset):
        members (list[Member] | Unset):
        authorisation_document (None | str | Unset): 代办员代为申请时必填
        provided_materials (list[str] | Unset):
    """

    item_codes: list[str] | Unset = UNSET
    dont_know: bool | Unset = False
    emergency: bool | Unset = False
    hukou_region: None | str | Unset = UNSET
    members: list[Member] | Unset = UNSET
    authorisation_document: None | str | Unset = UNSET
    provided_materials: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        dont_know = self.dont_know

        emergency = self.emergency

        hukou_region: None | str | Unset
        if isinstance(self.hukou_region, Unset):
            hukou_region = UNSET
        else:
            hukou_region = self.hukou_region

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        authorisation_document: None | str | Unset
        if isinstance(self.authorisation_document, Unset):
            authorisation_document = UNSET
        else:
            authorisation_document = self.authorisation_document

        provided_materials: list[str] | Unset = UNSET
        if not isinstance(self.provided_materials, Unset):
            provided_materials = self.provided_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if dont_know is not UNSET:
            field_dict["dont_know"] = dont_know
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if hukou_region is not UNSET:
            field_dict["hukou_region"] = hukou_region
        if members is not UNSET:
            field_dict["members"] = members
        if authorisation_document is not UNSET:
            field_dict["authorisation_document"] = authorisation_document
        if provided_materials is not UNSET:
            field_dict["provided_materials"] = provided_materials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member import Member

        d = dict(src_dict)
        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        dont_know = d.pop("dont_know", UNSET)

        emergency = d.pop("emergency", UNSET)

        def _parse_hukou_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hukou_region = _parse_hukou_region(d.pop("hukou_region", UNSET))

        _members = d.pop("members", UNSET)
        members: list[Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Member.from_dict(members_item_data)

                members.append(members_item)

        def _parse_authorisation_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorisation_document = _parse_authorisation_document(
            d.pop("authorisation_document", UNSET)
        )

        provided_materials = cast(list[str], d.pop("provided_materials", UNSET))

        visit_application = cls(
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
            hukou_region=hukou_region,
            members=members,
            authorisation_document=authorisation_document,
            provided_materials=provided_materials,
        )

        visit_application.additional_properties = d
        return visit_application

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

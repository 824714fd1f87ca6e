from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="OnTheSpotApplication")


@_attrs_define
class OnTheSpotApplication:
    """Register the application at the door: the applicant's identity and the items (channel 上门服务登记).

    Attributes:
        id_number (str):
        hukou_region (str):
        difficulty (None | str | Unset):
        item_codes (list[str] | Unset):
        dont_know (bool | Unset):  Default: False.
        emergency (bool | Unset):  Default: False.
        members (list[Member] | Unset):
        provided_materials (list[str] | Unset):
    """

    id_number: str
    hukou_region: str
    difficulty: None | str | Unset = UNSET
    item_codes: list[str] | Unset = UNSET
    dont_know: bool | Unset = False
    emergency: bool | Unset = False
    members: list[Member] | Unset = UNSET
    provided_materials: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_number = self.id_number

        hukou_region = self.hukou_region

        difficulty: None | str | Unset
        if isinstance(self.difficulty, Unset):
            difficulty = UNSET
        else:
            difficulty = self.difficulty

        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        dont_know = self.dont_know

        emergency = self.emergency

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        provided_materials: list[str] | Unset = UNSET
        if not isinstance(self.provided_materials, Unset):
            provided_materials = self.provided_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_number": id_number,
                "hukou_region": hukou_region,
            }
        )
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if dont_know is not UNSET:
            field_dict["dont_know"] = dont_know
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if members is not UNSET:
            field_dict["members"] = members
        if provided_materials is not UNSET:
            field_dict["provided_materials"] = provided_materials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member import Member

        d = dict(src_dict)
        id_number = d.pop("id_number")

        hukou_region = d.pop("hukou_region")

        def _parse_difficulty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        difficulty = _parse_difficulty(d.pop("difficulty", UNSET))

        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        dont_know = d.pop("dont_know", UNSET)

        emergency = d.pop("emergency", UNSET)

        _members = d.pop("members", UNSET)
        members: list[Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Member.from_dict(members_item_data)

                members.append(members_item)

        provided_materials = cast(list[str], d.pop("provided_materials", UNSET))

        on_the_spot_application = cls(
            id_number=id_number,
            hukou_region=hukou_region,
            difficulty=difficulty,
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
            members=members,
            provided_materials=provided_materials,
        )

        on_the_spot_application.additional_properties = d
        return on_the_spot_application

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

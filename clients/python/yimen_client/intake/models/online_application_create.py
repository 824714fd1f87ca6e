from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member
    from ..models.online_applicant import OnlineApplicant


T = TypeVar("T", bound="OnlineApplicationCreate")


@_attrs_define
class OnlineApplicationCreate:
    """A resident's application from the public site; it lands in the chosen street's queue.

    Attributes:
        applicant (OnlineApplicant): The resident applying for himself or herself (identity: ID number + the phone's
            code).
        region (str): 向哪个镇街申请（便民服务中心）
        difficulty (str):
        verification_code (str):
        members (list[Member] | Unset):
        item_codes (list[str] | Unset):
        dont_know (bool | Unset):  Default: False.
        emergency (bool | Unset):  Default: False.
    """

    applicant: OnlineApplicant
    region: str
    difficulty: str
    verification_code: str
    members: list[Member] | Unset = UNSET
    item_codes: list[str] | Unset = UNSET
    dont_know: bool | Unset = False
    emergency: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applicant = self.applicant.to_dict()

        region = self.region

        difficulty = self.difficulty

        verification_code = self.verification_code

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        dont_know = self.dont_know

        emergency = self.emergency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicant": applicant,
                "region": region,
                "difficulty": difficulty,
                "verification_code": verification_code,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if dont_know is not UNSET:
            field_dict["dont_know"] = dont_know
        if emergency is not UNSET:
            field_dict["emergency"] = emergency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member import Member
        from ..models.online_applicant import OnlineApplicant

        d = dict(src_dict)
        applicant = OnlineApplicant.from_dict(d.pop("applicant"))

        region = d.pop("region")

        difficulty = d.pop("difficulty")

        verification_code = d.pop("verification_code")

        _members = d.pop("members", UNSET)
        members: list[Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Member.from_dict(members_item_data)

                members.append(members_item)

        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        dont_know = d.pop("dont_know", UNSET)

        emergency = d.pop("emergency", UNSET)

        online_application_create = cls(
            applicant=applicant,
            region=region,
            difficulty=difficulty,
            verification_code=verification_code,
            members=members,
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
        )

        online_application_create.additional_properties = d
        return online_application_create

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

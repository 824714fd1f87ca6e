from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel, check_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant_draft import ApplicantDraft


T = TypeVar("T", bound="ApplicationDraft")


@_attrs_define
class ApplicationDraft:
    """An ApplicationCreate prefilled from a consultation; `missing` names what the window must still ask.

    Attributes:
        applicant (ApplicantDraft): The applicant as far as the consultation knows him or her; missing facts are null.
        difficulty (str):
        item_codes (list[str]):
        dont_know (bool):
        missing (list[str]):
        members (list[Any] | Unset):
        emergency (bool | Unset):  Default: False.
        channel (Channel | Unset): How an application reached the window.
        provided_materials (list[str] | Unset):
    """

    applicant: ApplicantDraft
    difficulty: str
    item_codes: list[str]
    dont_know: bool
    missing: list[str]
    members: list[Any] | Unset = UNSET
    emergency: bool | Unset = False
    channel: Channel | Unset = UNSET
    provided_materials: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applicant = self.applicant.to_dict()

        difficulty = self.difficulty

        item_codes = self.item_codes

        dont_know = self.dont_know

        missing = self.missing

        members: list[Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        emergency = self.emergency

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        provided_materials: list[str] | Unset = UNSET
        if not isinstance(self.provided_materials, Unset):
            provided_materials = self.provided_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicant": applicant,
                "difficulty": difficulty,
                "item_codes": item_codes,
                "dont_know": dont_know,
                "missing": missing,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if channel is not UNSET:
            field_dict["channel"] = channel
        if provided_materials is not UNSET:
            field_dict["provided_materials"] = provided_materials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.applicant_draft import ApplicantDraft

        d = dict(src_dict)
        applicant = ApplicantDraft.from_dict(d.pop("applicant"))

        difficulty = d.pop("difficulty")

        item_codes = cast(list[str], d.pop("item_codes"))

        dont_know = d.pop("dont_know")

        missing = cast(list[str], d.pop("missing"))

        members = cast(list[Any], d.pop("members", UNSET))

        emergency = d.pop("emergency", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_channel(_channel)

        provided_materials = cast(list[str], d.pop("provided_materials", UNSET))

        application_draft = cls(
            applicant=applicant,
            difficulty=difficulty,
            item_codes=item_codes,
            dont_know=dont_know,
            missing=missing,
            members=members,
            emergency=emergency,
            channel=channel,
            provided_materials=provided_materials,
        )

        application_draft.additional_properties = d
        return application_draft

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

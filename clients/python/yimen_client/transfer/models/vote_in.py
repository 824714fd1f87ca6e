from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vote_in_vote import VoteInVote, check_vote_in_vote

T = TypeVar("T", bound="VoteIn")


@_attrs_define
class VoteIn:
    """One approval-group member's vote.

    Attributes:
        vote (VoteInVote):
        opinion (str):
    """

    vote: VoteInVote
    opinion: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vote: str = self.vote

        opinion = self.opinion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vote": vote,
                "opinion": opinion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vote = check_vote_in_vote(d.pop("vote"))

        opinion = d.pop("opinion")

        vote_in = cls(
            vote=vote,
            opinion=opinion,
        )

        vote_in.additional_properties = d
        return vote_in

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

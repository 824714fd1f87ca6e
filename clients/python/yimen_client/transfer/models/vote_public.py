from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vote_public_vote import VotePublicVote, check_vote_public_vote

T = TypeVar("T", bound="VotePublic")


@_attrs_define
class VotePublic:
    """A vote cast.

    Attributes:
        username (str):
        name (str):
        vote (VotePublicVote):
        opinion (str):
        at (datetime.datetime):
    """

    username: str
    name: str
    vote: VotePublicVote
    opinion: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        vote: str = self.vote

        opinion = self.opinion

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "vote": vote,
                "opinion": opinion,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name")

        vote = check_vote_public_vote(d.pop("vote"))

        opinion = d.pop("opinion")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        vote_public = cls(
            username=username,
            name=name,
            vote=vote,
            opinion=opinion,
            at=at,
        )

        vote_public.additional_properties = d
        return vote_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel, check_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.applicant import Applicant
    from ..models.duplicate_acknowledgement import DuplicateAcknowledgement
    from ..models.member import Member


T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """Registering a request at a window: never refused, only completed.

    Attributes:
        applicant (Applicant): The person asking for help (ID numbers are validated and 15-digit ones upgraded).
        difficulty (str):
        members (list[Member] | Unset):
        item_codes (list[str] | Unset):
        dont_know (bool | Unset):  Default: False.
        emergency (bool | Unset):  Default: False.
        channel (Channel | Unset): How an application reached the window.
        agent (Agent | None | Unset):
        community_name (None | str | Unset):
        provided_materials (list[str] | Unset):
        received_date (datetime.date | None | Unset):
        duplicate_acknowledgement (DuplicateAcknowledgement | None | Unset):
    """

    applicant: Applicant
    difficulty: str
    members: list[Member] | Unset = UNSET
    item_codes: list[str] | Unset = UNSET
    dont_know: bool | Unset = False
    emergency: bool | Unset = False
    channel: Channel | Unset = UNSET
    agent: Agent | None | Unset = UNSET
    community_name: None | str | Unset = UNSET
    provided_materials: list[str] | Unset = UNSET
    received_date: datetime.date | None | Unset = UNSET
    duplicate_acknowledgement: DuplicateAcknowledgement | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent import Agent
        from ..models.duplicate_acknowledgement import DuplicateAcknowledgement

        applicant = self.applicant.to_dict()

        difficulty = self.difficulty

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

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, Agent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        community_name: None | str | Unset
        if isinstance(self.community_name, Unset):
            community_name = UNSET
        else:
            community_name = self.community_name

        provided_materials: list[str] | Unset = UNSET
        if not isinstance(self.provided_materials, Unset):
            provided_materials = self.provided_materials

        received_date: None | str | Unset
        if isinstance(self.received_date, Unset):
            received_date = UNSET
        elif isinstance(self.received_date, datetime.date):
            received_date = self.received_date.isoformat()
        else:
            received_date = self.received_date

        duplicate_acknowledgement: dict[str, Any] | None | Unset
        if isinstance(self.duplicate_acknowledgement, Unset):
            duplicate_acknowledgement = UNSET
        elif isinstance(self.duplicate_acknowledgement, DuplicateAcknowledgement):
            duplicate_acknowledgement = self.duplicate_acknowledgement.to_dict()
        else:
            duplicate_acknowledgement = self.duplicate_acknowledgement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicant": applicant,
                "difficulty": difficulty,
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
        if channel is not UNSET:
            field_dict["channel"] = channel
        if agent is not UNSET:
            field_dict["agent"] = agent
        if community_name is not UNSET:
            field_dict["community_name"] = community_name
        if provided_materials is not UNSET:
            field_dict["provided_materials"] = provided_materials
        if received_date is not UNSET:
            field_dict["received_date"] = received_date
        if duplicate_acknowledgement is not UNSET:
            field_dict["duplicate_acknowledgement"] = duplicate_acknowledgement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent import Agent
        from ..models.applicant import Applicant
        from ..models.duplicate_acknowledgement import DuplicateAcknowledgement
        from ..models.member import Member

        d = dict(src_dict)
        applicant = Applicant.from_dict(d.pop("applicant"))

        difficulty = d.pop("difficulty")

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

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_channel(_channel)

        def _parse_agent(data: object) -> Agent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = Agent.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Agent | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_community_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        community_name = _parse_community_name(d.pop("community_name", UNSET))

        provided_materials = cast(list[str], d.pop("provided_materials", UNSET))

        def _parse_received_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_date_type_0 = datetime.date.fromisoformat(data)

                return received_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        received_date = _parse_received_date(d.pop("received_date", UNSET))

        def _parse_duplicate_acknowledgement(
            data: object,
        ) -> DuplicateAcknowledgement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                duplicate_acknowledgement_type_0 = DuplicateAcknowledgement.from_dict(
                    data
                )

                return duplicate_acknowledgement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DuplicateAcknowledgement | None | Unset, data)

        duplicate_acknowledgement = _parse_duplicate_acknowledgement(
            d.pop("duplicate_acknowledgement", UNSET)
        )

        application_create = cls(
            applicant=applicant,
            difficulty=difficulty,
            members=members,
            item_codes=item_codes,
            dont_know=dont_know,
            emergency=emergency,
            channel=channel,
            agent=agent,
            community_name=community_name,
            provided_materials=provided_materials,
            received_date=received_date,
            duplicate_acknowledgement=duplicate_acknowledgement,
        )

        application_create.additional_properties = d
        return application_create

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

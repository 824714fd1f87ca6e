from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_public_window_level import (
    ApplicationPublicWindowLevel,
    check_application_public_window_level,
)
from ..models.application_status import ApplicationStatus, check_application_status
from ..models.channel import Channel, check_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_item_public import ApplicationItemPublic
    from ..models.case_slip_public import CaseSlipPublic
    from ..models.deadline_public import DeadlinePublic
    from ..models.duplicate_finding import DuplicateFinding
    from ..models.extension_public import ExtensionPublic
    from ..models.item_suggestion import ItemSuggestion
    from ..models.member_public import MemberPublic
    from ..models.notice_public import NoticePublic
    from ..models.pause_public import PausePublic
    from ..models.status_change_public import StatusChangePublic
    from ..models.supplement_public import SupplementPublic
    from ..models.timeline_entry_public import TimelineEntryPublic
    from ..models.tolerated_public import ToleratedPublic


T = TypeVar("T", bound="ApplicationPublic")


@_attrs_define
class ApplicationPublic:
    """The whole case as staff see it: facts, household, items, deadlines, documents, history, slips.

    Attributes:
        id (int):
        case_number (str):
        status (ApplicationStatus): An application's place in the one-door procedure.
        status_name (str):
        window_region (str):
        window_region_name (str):
        window_level (ApplicationPublicWindowLevel):
        applicant_name (str):
        applicant_id_number (str):
        phone (str):
        hukou_region (str):
        hukou_region_name (str):
        difficulty (str):
        emergency (bool):
        dont_know (bool):
        suggestions (list[ItemSuggestion]):
        channel (Channel): How an application reached the window.
        channel_name (str):
        agent_name (None | str):
        agent_id_number (None | str):
        agent_authorisation (None | str):
        community_name (None | str):
        first_responder_username (str):
        first_responder_name (str):
        received_date (datetime.date):
        notice_due_date (datetime.date):
        provided_materials (list[str]):
        duplicate_findings (list[DuplicateFinding]):
        duplicate_ack_reason (None | str):
        duplicate_check_incomplete (bool):
        notice_omission (bool):
        accepted_date (datetime.date | None):
        receipt_number (None | str):
        clock_start_date (datetime.date | None):
        time_limit_days (int | None):
        extension_days (int):
        due_date (datetime.date | None):
        due_warnings (list[str]):
        due_basis (str):
        not_accept_reason (None | str):
        not_accept_basis (None | str):
        concluded_date (datetime.date | None):
        handed_over_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        members (list[MemberPublic]):
        items (list[ApplicationItemPublic]):
        deadline (DeadlinePublic): A case's deadlines as last computed, with the calendar basis and any warning.
        notice (None | NoticePublic):
        supplements (list[SupplementPublic]):
        pauses (list[PausePublic]):
        extensions (list[ExtensionPublic]):
        status_history (list[StatusChangePublic]):
        timeline (list[TimelineEntryPublic]):
        slips (list[CaseSlipPublic]):
        tolerated (None | ToleratedPublic | Unset): 容缺受理决定（材料不齐而受理时）
    """

    id: int
    case_number: str
    status: ApplicationStatus
    status_name: str
    window_region: str
    window_region_name: str
    window_level: ApplicationPublicWindowLevel
    applicant_name: str
    applicant_id_number: str
    phone: str
    hukou_region: str
    hukou_region_name: str
    difficulty: str
    emergency: bool
    dont_know: bool
    suggestions: list[ItemSuggestion]
    channel: Channel
    channel_name: str
    agent_name: None | str
    agent_id_number: None | str
    agent_authorisation: None | str
    community_name: None | str
    first_responder_username: str
    first_responder_name: str
    received_date: datetime.date
    notice_due_date: datetime.date
    provided_materials: list[str]
    duplicate_findings: list[DuplicateFinding]
    duplicate_ack_reason: None | str
    duplicate_check_incomplete: bool
    notice_omission: bool
    accepted_date: datetime.date | None
    receipt_number: None | str
    clock_start_date: datetime.date | None
    time_limit_days: int | None
    extension_days: int
    due_date: datetime.date | None
    due_warnings: list[str]
    due_basis: str
    not_accept_reason: None | str
    not_accept_basis: None | str
    concluded_date: datetime.date | None
    handed_over_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    members: list[MemberPublic]
    items: list[ApplicationItemPublic]
    deadline: DeadlinePublic
    notice: None | NoticePublic
    supplements: list[SupplementPublic]
    pauses: list[PausePublic]
    extensions: list[ExtensionPublic]
    status_history: list[StatusChangePublic]
    timeline: list[TimelineEntryPublic]
    slips: list[CaseSlipPublic]
    tolerated: None | ToleratedPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_public import NoticePublic
        from ..models.tolerated_public import ToleratedPublic

        id = self.id

        case_number = self.case_number

        status: str = self.status

        status_name = self.status_name

        window_region = self.window_region

        window_region_name = self.window_region_name

        window_level: str = self.window_level

        applicant_name = self.applicant_name

        applicant_id_number = self.applicant_id_number

        phone = self.phone

        hukou_region = self.hukou_region

        hukou_region_name = self.hukou_region_name

        difficulty = self.difficulty

        emergency = self.emergency

        dont_know = self.dont_know

        suggestions = []
        for suggestions_item_data in self.suggestions:
            suggestions_item = suggestions_item_data.to_dict()
            suggestions.append(suggestions_item)

        channel: str = self.channel

        channel_name = self.channel_name

        agent_name: None | str
        agent_name = self.agent_name

        agent_id_number: None | str
        agent_id_number = self.agent_id_number

        agent_authorisation: None | str
        agent_authorisation = self.agent_authorisation

        community_name: None | str
        community_name = self.community_name

        first_responder_username = self.first_responder_username

        first_responder_name = self.first_responder_name

        received_date = self.received_date.isoformat()

        notice_due_date = self.notice_due_date.isoformat()

        provided_materials = self.provided_materials

        duplicate_findings = []
        for duplicate_findings_item_data in self.duplicate_findings:
            duplicate_findings_item = duplicate_findings_item_data.to_dict()
            duplicate_findings.append(duplicate_findings_item)

        duplicate_ack_reason: None | str
        duplicate_ack_reason = self.duplicate_ack_reason

        duplicate_check_incomplete = self.duplicate_check_incomplete

        notice_omission = self.notice_omission

        accepted_date: None | str
        if isinstance(self.accepted_date, datetime.date):
            accepted_date = self.accepted_date.isoformat()
        else:
            accepted_date = self.accepted_date

        receipt_number: None | str
        receipt_number = self.receipt_number

        clock_start_date: None | str
        if isinstance(self.clock_start_date, datetime.date):
            clock_start_date = self.clock_start_date.isoformat()
        else:
            clock_start_date = self.clock_start_date

        time_limit_days: int | None
        time_limit_days = self.time_limit_days

        extension_days = self.extension_days

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_warnings = self.due_warnings

        due_basis = self.due_basis

        not_accept_reason: None | str
        not_accept_reason = self.not_accept_reason

        not_accept_basis: None | str
        not_accept_basis = self.not_accept_basis

        concluded_date: None | str
        if isinstance(self.concluded_date, datetime.date):
            concluded_date = self.concluded_date.isoformat()
        else:
            concluded_date = self.concluded_date

        handed_over_at: None | str
        if isinstance(self.handed_over_at, datetime.datetime):
            handed_over_at = self.handed_over_at.isoformat()
        else:
            handed_over_at = self.handed_over_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        deadline = self.deadline.to_dict()

        notice: dict[str, Any] | None
        if isinstance(self.notice, NoticePublic):
            notice = self.notice.to_dict()
        else:
            notice = self.notice

        supplements = []
        for supplements_item_data in self.supplements:
            supplements_item = supplements_item_data.to_dict()
            supplements.append(supplements_item)

        pauses = []
        for pauses_item_data in self.pauses:
            pauses_item = pauses_item_data.to_dict()
            pauses.append(pauses_item)

        extensions = []
        for extensions_item_data in self.extensions:
            extensions_item = extensions_item_data.to_dict()
            extensions.append(extensions_item)

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        slips = []
        for slips_item_data in self.slips:
            slips_item = slips_item_data.to_dict()
            slips.append(slips_item)

        tolerated: dict[str, Any] | None | Unset
        if isinstance(self.tolerated, Unset):
            tolerated = UNSET
        elif isinstance(self.tolerated, ToleratedPublic):
            tolerated = self.tolerated.to_dict()
        else:
            tolerated = self.tolerated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_number": case_number,
                "status": status,
                "status_name": status_name,
                "window_region": window_region,
                "window_region_name": window_region_name,
                "window_level": window_level,
                "applicant_name": applicant_name,
                "applicant_id_number": applicant_id_number,
                "phone": phone,
                "hukou_region": hukou_region,
                "hukou_region_name": hukou_region_name,
                "difficulty": difficulty,
                "emergency": emergency,
                "dont_know": dont_know,
                "suggestions": suggestions,
                "channel": channel,
                "channel_name": channel_name,
                "agent_name": agent_name,
                "agent_id_number": agent_id_number,
                "agent_authorisation": agent_authorisation,
                "community_name": community_name,
                "first_responder_username": first_responder_username,
                "first_responder_name": first_responder_name,
                "received_date": received_date,
                "notice_due_date": notice_due_date,
                "provided_materials": provided_materials,
                "duplicate_findings": duplicate_findings,
                "duplicate_ack_reason": duplicate_ack_reason,
                "duplicate_check_incomplete": duplicate_check_incomplete,
                "notice_omission": notice_omission,
                "accepted_date": accepted_date,
                "receipt_number": receipt_number,
                "clock_start_date": clock_start_date,
                "time_limit_days": time_limit_days,
                "extension_days": extension_days,
                "due_date": due_date,
                "due_warnings": due_warnings,
                "due_basis": due_basis,
                "not_accept_reason": not_accept_reason,
                "not_accept_basis": not_accept_basis,
                "concluded_date": concluded_date,
                "handed_over_at": handed_over_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "members": members,
                "items": items,
                "deadline": deadline,
                "notice": notice,
                "supplements": supplements,
                "pauses": pauses,
                "extensions": extensions,
                "status_history": status_history,
                "timeline": timeline,
                "slips": slips,
            }
        )
        if tolerated is not UNSET:
            field_dict["tolerated"] = tolerated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.application_item_public import ApplicationItemPublic
        from ..models.case_slip_public import CaseSlipPublic
        from ..models.deadline_public import DeadlinePublic
        from ..models.duplicate_finding import DuplicateFinding
        from ..models.extension_public import ExtensionPublic
        from ..models.item_suggestion import ItemSuggestion
        from ..models.member_public import MemberPublic
        from ..models.notice_public import NoticePublic
        from ..models.pause_public import PausePublic
        from ..models.status_change_public import StatusChangePublic
        from ..models.supplement_public import SupplementPublic
        from ..models.timeline_entry_public import TimelineEntryPublic
        from ..models.tolerated_public import ToleratedPublic

        d = dict(src_dict)
        id = d.pop("id")

        case_number = d.pop("case_number")

        status = check_application_status(d.pop("status"))

        status_name = d.pop("status_name")

        window_region = d.pop("window_region")

        window_region_name = d.pop("window_region_name")

        window_level = check_application_public_window_level(d.pop("window_level"))

        applicant_name = d.pop("applicant_name")

        applicant_id_number = d.pop("applicant_id_number")

        phone = d.pop("phone")

        hukou_region = d.pop("hukou_region")

        hukou_region_name = d.pop("hukou_region_name")

        difficulty = d.pop("difficulty")

        emergency = d.pop("emergency")

        dont_know = d.pop("dont_know")

        suggestions = []
        _suggestions = d.pop("suggestions")
        for suggestions_item_data in _suggestions:
            suggestions_item = ItemSuggestion.from_dict(suggestions_item_data)

            suggestions.append(suggestions_item)

        channel = check_channel(d.pop("channel"))

        channel_name = d.pop("channel_name")

        def _parse_agent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_name = _parse_agent_name(d.pop("agent_name"))

        def _parse_agent_id_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id_number = _parse_agent_id_number(d.pop("agent_id_number"))

        def _parse_agent_authorisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_authorisation = _parse_agent_authorisation(d.pop("agent_authorisation"))

        def _parse_community_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        community_name = _parse_community_name(d.pop("community_name"))

        first_responder_username = d.pop("first_responder_username")

        first_responder_name = d.pop("first_responder_name")

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        provided_materials = cast(list[str], d.pop("provided_materials"))

        duplicate_findings = []
        _duplicate_findings = d.pop("duplicate_findings")
        for duplicate_findings_item_data in _duplicate_findings:
            duplicate_findings_item = DuplicateFinding.from_dict(
                duplicate_findings_item_data
            )

            duplicate_findings.append(duplicate_findings_item)

        def _parse_duplicate_ack_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        duplicate_ack_reason = _parse_duplicate_ack_reason(
            d.pop("duplicate_ack_reason")
        )

        duplicate_check_incomplete = d.pop("duplicate_check_incomplete")

        notice_omission = d.pop("notice_omission")

        def _parse_accepted_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_date_type_0 = datetime.date.fromisoformat(data)

                return accepted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        accepted_date = _parse_accepted_date(d.pop("accepted_date"))

        def _parse_receipt_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        receipt_number = _parse_receipt_number(d.pop("receipt_number"))

        def _parse_clock_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_start_date_type_0 = datetime.date.fromisoformat(data)

                return clock_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        clock_start_date = _parse_clock_start_date(d.pop("clock_start_date"))

        def _parse_time_limit_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_limit_days = _parse_time_limit_days(d.pop("time_limit_days"))

        extension_days = d.pop("extension_days")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        due_warnings = cast(list[str], d.pop("due_warnings"))

        due_basis = d.pop("due_basis")

        def _parse_not_accept_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        not_accept_reason = _parse_not_accept_reason(d.pop("not_accept_reason"))

        def _parse_not_accept_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        not_accept_basis = _parse_not_accept_basis(d.pop("not_accept_basis"))

        def _parse_concluded_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                concluded_date_type_0 = datetime.date.fromisoformat(data)

                return concluded_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        concluded_date = _parse_concluded_date(d.pop("concluded_date"))

        def _parse_handed_over_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handed_over_at_type_0 = datetime.datetime.fromisoformat(data)

                return handed_over_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        handed_over_at = _parse_handed_over_at(d.pop("handed_over_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = MemberPublic.from_dict(members_item_data)

            members.append(members_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ApplicationItemPublic.from_dict(items_item_data)

            items.append(items_item)

        deadline = DeadlinePublic.from_dict(d.pop("deadline"))

        def _parse_notice(data: object) -> None | NoticePublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notice_type_0 = NoticePublic.from_dict(data)

                return notice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoticePublic, data)

        notice = _parse_notice(d.pop("notice"))

        supplements = []
        _supplements = d.pop("supplements")
        for supplements_item_data in _supplements:
            supplements_item = SupplementPublic.from_dict(supplements_item_data)

            supplements.append(supplements_item)

        pauses = []
        _pauses = d.pop("pauses")
        for pauses_item_data in _pauses:
            pauses_item = PausePublic.from_dict(pauses_item_data)

            pauses.append(pauses_item)

        extensions = []
        _extensions = d.pop("extensions")
        for extensions_item_data in _extensions:
            extensions_item = ExtensionPublic.from_dict(extensions_item_data)

            extensions.append(extensions_item)

        status_history = []
        _status_history = d.pop("status_history")
        for status_history_item_data in _status_history:
            status_history_item = StatusChangePublic.from_dict(status_history_item_data)

            status_history.append(status_history_item)

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = TimelineEntryPublic.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        slips = []
        _slips = d.pop("slips")
        for slips_item_data in _slips:
            slips_item = CaseSlipPublic.from_dict(slips_item_data)

            slips.append(slips_item)

        def _parse_tolerated(data: object) -> None | ToleratedPublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tolerated_type_0 = ToleratedPublic.from_dict(data)

                return tolerated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToleratedPublic | Unset, data)

        tolerated = _parse_tolerated(d.pop("tolerated", UNSET))

        application_public = cls(
            id=id,
            case_number=case_number,
            status=status,
            status_name=status_name,
            window_region=window_region,
            window_region_name=window_region_name,
            window_level=window_level,
            applicant_name=applicant_name,
            applicant_id_number=applicant_id_number,
            phone=phone,
            hukou_region=hukou_region,
            hukou_region_name=hukou_region_name,
            difficulty=difficulty,
            emergency=emergency,
            dont_know=dont_know,
            suggestions=suggestions,
            channel=channel,
            channel_name=channel_name,
            agent_name=agent_name,
            agent_id_number=agent_id_number,
            agent_authorisation=agent_authorisation,
            community_name=community_name,
            first_responder_username=first_responder_username,
            first_responder_name=first_responder_name,
            received_date=received_date,
            notice_due_date=notice_due_date,
            provided_materials=provided_materials,
            duplicate_findings=duplicate_findings,
            duplicate_ack_reason=duplicate_ack_reason,
            duplicate_check_incomplete=duplicate_check_incomplete,
            notice_omission=notice_omission,
            accepted_date=accepted_date,
            receipt_number=receipt_number,
            clock_start_date=clock_start_date,
            time_limit_days=time_limit_days,
            extension_days=extension_days,
            due_date=due_date,
            due_warnings=due_warnings,
            due_basis=due_basis,
            not_accept_reason=not_accept_reason,
            not_accept_basis=not_accept_basis,
            concluded_date=concluded_date,
            handed_over_at=handed_over_at,
            created_at=created_at,
            updated_at=updated_at,
            members=members,
            items=items,
            deadline=deadline,
            notice=notice,
            supplements=supplements,
            pauses=pauses,
            extensions=extensions,
            status_history=status_history,
            timeline=timeline,
            slips=slips,
            tolerated=tolerated,
        )

        application_public.additional_properties = d
        return application_public

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

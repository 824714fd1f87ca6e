from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_detail_due_kind_type_0 import (
    SlipDetailDueKindType0,
    check_slip_detail_due_kind_type_0,
)
from ..models.slip_detail_result_type_0 import (
    SlipDetailResultType0,
    check_slip_detail_result_type_0,
)
from ..models.slip_kind import SlipKind, check_slip_kind
from ..models.slip_state import SlipState, check_slip_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emergency_aid_public import EmergencyAidPublic
    from ..models.timeline_entry import TimelineEntry


T = TypeVar("T", bound="SlipDetail")


@_attrs_define
class SlipDetail:
    """A slip with the details its receiver needs; every read is audited.

    Attributes:
        id (int):
        number (str):
        kind (SlipKind): The five slips of DESIGN §3 (seed 003), labelled with the slip's full title.
        kind_name (str):
        case_id (int):
        case_number (str):
        item_code (str):
        item_name (str):
        sender_name (str):
        sender_region (str):
        receiver_id (str):
        receiver_name (str):
        receiver_region (str):
        handler (str):
        state (SlipState): Where a slip stands in the receiver's handling.
        state_name (str):
        due_kind (None | SlipDetailDueKindType0):
        due_date (datetime.date | None):
        overdue (bool):
        near_due (bool):
        emergency (bool):
        applicant_name_masked (str):
        issued_at (datetime.datetime):
        parent_slip_id (int | None):
        successor_slip_id (int | None):
        verify_code (str):
        route_reason (str):
        time_limit_days (int):
        first_responder_name (str):
        window_region (str):
        applicant_name (str):
        applicant_id_number (str):
        applicant_phone (str):
        hukou_region (str):
        household_size (int):
        difficulty (str):
        accepted_date (datetime.date):
        case_due_date (datetime.date):
        opinion_due_date (datetime.date | None):
        item_due_date (datetime.date | None):
        feedback_due_date (datetime.date | None):
        delivered_at (datetime.datetime | None):
        acknowledged_at (datetime.datetime | None):
        acknowledged_by (None | str):
        opinion (None | str):
        result (None | SlipDetailResultType0):
        amount (None | str):
        result_reason (None | str):
        handled_at (datetime.datetime | None):
        feedback_to_applicant (None | str):
        feedback_to_window (None | str):
        signed_by (None | str):
        feedback_at (datetime.datetime | None):
        returned_reason (None | str):
        paperwork_due_date (datetime.date | None):
        paperwork_completed_at (datetime.datetime | None):
        emergency_aid (list[EmergencyAidPublic] | Unset):
        deadline_warnings (list[str] | Unset):
        timeline (list[TimelineEntry] | Unset):
    """

    id: int
    number: str
    kind: SlipKind
    kind_name: str
    case_id: int
    case_number: str
    item_code: str
    item_name: str
    sender_name: str
    sender_region: str
    receiver_id: str
    receiver_name: str
    receiver_region: str
    handler: str
    state: SlipState
    state_name: str
    due_kind: None | SlipDetailDueKindType0
    due_date: datetime.date | None
    overdue: bool
    near_due: bool
    emergency: bool
    applicant_name_masked: str
    issued_at: datetime.datetime
    parent_slip_id: int | None
    successor_slip_id: int | None
    verify_code: str
    route_reason: str
    time_limit_days: int
    first_responder_name: str
    window_region: str
    applicant_name: str
    applicant_id_number: str
    applicant_phone: str
    hukou_region: str
    household_size: int
    difficulty: str
    accepted_date: datetime.date
    case_due_date: datetime.date
    opinion_due_date: datetime.date | None
    item_due_date: datetime.date | None
    feedback_due_date: datetime.date | None
    delivered_at: datetime.datetime | None
    acknowledged_at: datetime.datetime | None
    acknowledged_by: None | str
    opinion: None | str
    result: None | SlipDetailResultType0
    amount: None | str
    result_reason: None | str
    handled_at: datetime.datetime | None
    feedback_to_applicant: None | str
    feedback_to_window: None | str
    signed_by: None | str
    feedback_at: datetime.datetime | None
    returned_reason: None | str
    paperwork_due_date: datetime.date | None
    paperwork_completed_at: datetime.datetime | None
    emergency_aid: list[EmergencyAidPublic] | Unset = UNSET
    deadline_warnings: list[str] | Unset = UNSET
    timeline: list[TimelineEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        kind: str = self.kind

        kind_name = self.kind_name

        case_id = self.case_id

        case_number = self.case_number

        item_code = self.item_code

        item_name = self.item_name

        sender_name = self.sender_name

        sender_region = self.sender_region

        receiver_id = self.receiver_id

        receiver_name = self.receiver_name

        receiver_region = self.receiver_region

        handler = self.handler

        state: str = self.state

        state_name = self.state_name

        due_kind: None | str
        if isinstance(self.due_kind, str):
            due_kind = self.due_kind
        else:
            due_kind = self.due_kind

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        near_due = self.near_due

        emergency = self.emergency

        applicant_name_masked = self.applicant_name_masked

        issued_at = self.issued_at.isoformat()

        parent_slip_id: int | None
        parent_slip_id = self.parent_slip_id

        successor_slip_id: int | None
        successor_slip_id = self.successor_slip_id

        verify_code = self.verify_code

        route_reason = self.route_reason

        time_limit_days = self.time_limit_days

        first_responder_name = self.first_responder_name

        window_region = self.window_region

        applicant_name = self.applicant_name

        applicant_id_number = self.applicant_id_number

        applicant_phone = self.applicant_phone

        hukou_region = self.hukou_region

        household_size = self.household_size

        difficulty = self.difficulty

        accepted_date = self.accepted_date.isoformat()

        case_due_date = self.case_due_date.isoformat()

        opinion_due_date: None | str
        if isinstance(self.opinion_due_date, datetime.date):
            opinion_due_date = self.opinion_due_date.isoformat()
        else:
            opinion_due_date = self.opinion_due_date

        item_due_date: None | str
        if isinstance(self.item_due_date, datetime.date):
            item_due_date = self.item_due_date.isoformat()
        else:
            item_due_date = self.item_due_date

        feedback_due_date: None | str
        if isinstance(self.feedback_due_date, datetime.date):
            feedback_due_date = self.feedback_due_date.isoformat()
        else:
            feedback_due_date = self.feedback_due_date

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str
        acknowledged_by = self.acknowledged_by

        opinion: None | str
        opinion = self.opinion

        result: None | str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        amount: None | str
        amount = self.amount

        result_reason: None | str
        result_reason = self.result_reason

        handled_at: None | str
        if isinstance(self.handled_at, datetime.datetime):
            handled_at = self.handled_at.isoformat()
        else:
            handled_at = self.handled_at

        feedback_to_applicant: None | str
        feedback_to_applicant = self.feedback_to_applicant

        feedback_to_window: None | str
        feedback_to_window = self.feedback_to_window

        signed_by: None | str
        signed_by = self.signed_by

        feedback_at: None | str
        if isinstance(self.feedback_at, datetime.datetime):
            feedback_at = self.feedback_at.isoformat()
        else:
            feedback_at = self.feedback_at

        returned_reason: None | str
        returned_reason = self.returned_reason

        paperwork_due_date: None | str
        if isinstance(self.paperwork_due_date, datetime.date):
            paperwork_due_date = self.paperwork_due_date.isoformat()
        else:
            paperwork_due_date = self.paperwork_due_date

        paperwork_completed_at: None | str
        if isinstance(self.paperwork_completed_at, datetime.datetime):
            paperwork_completed_at = self.paperwork_completed_at.isoformat()
        else:
            paperwork_completed_at = self.paperwork_completed_at

        emergency_aid: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emergency_aid, Unset):
            emergency_aid = []
            for emergency_aid_item_data in self.emergency_aid:
                emergency_aid_item = emergency_aid_item_data.to_dict()
                emergency_aid.append(emergency_aid_item)

        deadline_warnings: list[str] | Unset = UNSET
        if not isinstance(self.deadline_warnings, Unset):
            deadline_warnings = self.deadline_warnings

        timeline: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = []
            for timeline_item_data in self.timeline:
                timeline_item = timeline_item_data.to_dict()
                timeline.append(timeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "kind": kind,
                "kind_name": kind_name,
                "case_id": case_id,
                "case_number": case_number,
                "item_code": item_code,
                "item_name": item_name,
                "sender_name": sender_name,
                "sender_region": sender_region,
                "receiver_id": receiver_id,
                "receiver_name": receiver_name,
                "receiver_region": receiver_region,
                "handler": handler,
                "state": state,
                "state_name": state_name,
                "due_kind": due_kind,
                "due_date": due_date,
                "overdue": overdue,
                "near_due": near_due,
                "emergency": emergency,
                "applicant_name_masked": applicant_name_masked,
                "issued_at": issued_at,
                "parent_slip_id": parent_slip_id,
                "successor_slip_id": successor_slip_id,
                "verify_code": verify_code,
                "route_reason": route_reason,
                "time_limit_days": time_limit_days,
                "first_responder_name": first_responder_name,
                "window_region": window_region,
                "applicant_name": applicant_name,
                "applicant_id_number": applicant_id_number,
                "applicant_phone": applicant_phone,
                "hukou_region": hukou_region,
                "household_size": household_size,
                "difficulty": difficulty,
                "accepted_date": accepted_date,
                "case_due_date": case_due_date,
                "opinion_due_date": opinion_due_date,
                "item_due_date": item_due_date,
                "feedback_due_date": feedback_due_date,
                "delivered_at": delivered_at,
                "acknowledged_at": acknowledged_at,
                "acknowledged_by": acknowledged_by,
                "opinion": opinion,
                "result": result,
                "amount": amount,
                "result_reason": result_reason,
                "handled_at": handled_at,
                "feedback_to_applicant": feedback_to_applicant,
                "feedback_to_window": feedback_to_window,
                "signed_by": signed_by,
                "feedback_at": feedback_at,
                "returned_reason": returned_reason,
                "paperwork_due_date": paperwork_due_date,
                "paperwork_completed_at": paperwork_completed_at,
            }
        )
        if emergency_aid is not UNSET:
            field_dict["emergency_aid"] = emergency_aid
        if deadline_warnings is not UNSET:
            field_dict["deadline_warnings"] = deadline_warnings
        if timeline is not UNSET:
            field_dict["timeline"] = timeline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emergency_aid_public import EmergencyAidPublic
        from ..models.timeline_entry import TimelineEntry

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        kind = check_slip_kind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        sender_name = d.pop("sender_name")

        sender_region = d.pop("sender_region")

        receiver_id = d.pop("receiver_id")

        receiver_name = d.pop("receiver_name")

        receiver_region = d.pop("receiver_region")

        handler = d.pop("handler")

        state = check_slip_state(d.pop("state"))

        state_name = d.pop("state_name")

        def _parse_due_kind(data: object) -> None | SlipDetailDueKindType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_kind_type_0 = check_slip_detail_due_kind_type_0(data)

                return due_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlipDetailDueKindType0, data)

        due_kind = _parse_due_kind(d.pop("due_kind"))

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

        overdue = d.pop("overdue")

        near_due = d.pop("near_due")

        emergency = d.pop("emergency")

        applicant_name_masked = d.pop("applicant_name_masked")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        def _parse_parent_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_slip_id = _parse_parent_slip_id(d.pop("parent_slip_id"))

        def _parse_successor_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        successor_slip_id = _parse_successor_slip_id(d.pop("successor_slip_id"))

        verify_code = d.pop("verify_code")

        route_reason = d.pop("route_reason")

        time_limit_days = d.pop("time_limit_days")

        first_responder_name = d.pop("first_responder_name")

        window_region = d.pop("window_region")

        applicant_name = d.pop("applicant_name")

        applicant_id_number = d.pop("applicant_id_number")

        applicant_phone = d.pop("applicant_phone")

        hukou_region = d.pop("hukou_region")

        household_size = d.pop("household_size")

        difficulty = d.pop("difficulty")

        accepted_date = datetime.date.fromisoformat(d.pop("accepted_date"))

        case_due_date = datetime.date.fromisoformat(d.pop("case_due_date"))

        def _parse_opinion_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opinion_due_date_type_0 = datetime.date.fromisoformat(data)

                return opinion_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        opinion_due_date = _parse_opinion_due_date(d.pop("opinion_due_date"))

        def _parse_item_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_due_date_type_0 = datetime.date.fromisoformat(data)

                return item_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        item_due_date = _parse_item_due_date(d.pop("item_due_date"))

        def _parse_feedback_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_due_date_type_0 = datetime.date.fromisoformat(data)

                return feedback_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        feedback_due_date = _parse_feedback_due_date(d.pop("feedback_due_date"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_acknowledged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by"))

        def _parse_opinion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        opinion = _parse_opinion(d.pop("opinion"))

        def _parse_result(data: object) -> None | SlipDetailResultType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = check_slip_detail_result_type_0(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlipDetailResultType0, data)

        result = _parse_result(d.pop("result"))

        def _parse_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount = _parse_amount(d.pop("amount"))

        def _parse_result_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_reason = _parse_result_reason(d.pop("result_reason"))

        def _parse_handled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handled_at_type_0 = datetime.datetime.fromisoformat(data)

                return handled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        handled_at = _parse_handled_at(d.pop("handled_at"))

        def _parse_feedback_to_applicant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feedback_to_applicant = _parse_feedback_to_applicant(
            d.pop("feedback_to_applicant")
        )

        def _parse_feedback_to_window(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feedback_to_window = _parse_feedback_to_window(d.pop("feedback_to_window"))

        def _parse_signed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by = _parse_signed_by(d.pop("signed_by"))

        def _parse_feedback_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_at_type_0 = datetime.datetime.fromisoformat(data)

                return feedback_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        feedback_at = _parse_feedback_at(d.pop("feedback_at"))

        def _parse_returned_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        returned_reason = _parse_returned_reason(d.pop("returned_reason"))

        def _parse_paperwork_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paperwork_due_date_type_0 = datetime.date.fromisoformat(data)

                return paperwork_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paperwork_due_date = _parse_paperwork_due_date(d.pop("paperwork_due_date"))

        def _parse_paperwork_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paperwork_completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return paperwork_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        paperwork_completed_at = _parse_paperwork_completed_at(
            d.pop("paperwork_completed_at")
        )

        _emergency_aid = d.pop("emergency_aid", UNSET)
        emergency_aid: list[EmergencyAidPublic] | Unset = UNSET
        if _emergency_aid is not UNSET:
            emergency_aid = []
            for emergency_aid_item_data in _emergency_aid:
                emergency_aid_item = EmergencyAidPublic.from_dict(
                    emergency_aid_item_data
                )

                emergency_aid.append(emergency_aid_item)

        deadline_warnings = cast(list[str], d.pop("deadline_warnings", UNSET))

        _timeline = d.pop("timeline", UNSET)
        timeline: list[TimelineEntry] | Unset = UNSET
        if _timeline is not UNSET:
            timeline = []
            for timeline_item_data in _timeline:
                timeline_item = TimelineEntry.from_dict(timeline_item_data)

                timeline.append(timeline_item)

        slip_detail = cls(
            id=id,
            number=number,
            kind=kind,
            kind_name=kind_name,
            case_id=case_id,
            case_number=case_number,
            item_code=item_code,
            item_name=item_name,
            sender_name=sender_name,
            sender_region=sender_region,
            receiver_id=receiver_id,
            receiver_name=receiver_name,
            receiver_region=receiver_region,
            handler=handler,
            state=state,
            state_name=state_name,
            due_kind=due_kind,
            due_date=due_date,
            overdue=overdue,
            near_due=near_due,
            emergency=emergency,
            applicant_name_masked=applicant_name_masked,
            issued_at=issued_at,
            parent_slip_id=parent_slip_id,
            successor_slip_id=successor_slip_id,
            verify_code=verify_code,
            route_reason=route_reason,
            time_limit_days=time_limit_days,
            first_responder_name=first_responder_name,
            window_region=window_region,
            applicant_name=applicant_name,
            applicant_id_number=applicant_id_number,
            applicant_phone=applicant_phone,
            hukou_region=hukou_region,
            household_size=household_size,
            difficulty=difficulty,
            accepted_date=accepted_date,
            case_due_date=case_due_date,
            opinion_due_date=opinion_due_date,
            item_due_date=item_due_date,
            feedback_due_date=feedback_due_date,
            delivered_at=delivered_at,
            acknowledged_at=acknowledged_at,
            acknowledged_by=acknowledged_by,
            opinion=opinion,
            result=result,
            amount=amount,
            result_reason=result_reason,
            handled_at=handled_at,
            feedback_to_applicant=feedback_to_applicant,
            feedback_to_window=feedback_to_window,
            signed_by=signed_by,
            feedback_at=feedback_at,
            returned_reason=returned_reason,
            paperwork_due_date=paperwork_due_date,
            paperwork_completed_at=paperwork_completed_at,
            emergency_aid=emergency_aid,
            deadline_warnings=deadline_warnings,
            timeline=timeline,
        )

        slip_detail.additional_properties = d
        return slip_detail

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

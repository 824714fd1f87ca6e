from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_submit_window_level import (
    CaseSubmitWindowLevel,
    check_case_submit_window_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant import Applicant
    from ..models.case_item import CaseItem
    from ..models.emergency_aid_in import EmergencyAidIn
    from ..models.person import Person


T = TypeVar("T", bound="CaseSubmit")


@_attrs_define
class CaseSubmit:
    """An accepted case from intake (POST /v1/cases, Idempotency-Key: case-<case_id>).

    Attributes:
        case_id (int):
        case_number (str):
        window_region (str):
        window_level (CaseSubmitWindowLevel):
        first_responder (Person): The first responder (首问责任人).
        applicant (Applicant): The applicant as accepted at the window.
        items (list[CaseItem]):
        accepted_date (datetime.date):
        due_date (datetime.date):
        household_id_numbers (list[str] | Unset):
        difficulty (str | Unset):  Default: ''.
        emergency (bool | Unset):  Default: False.
        emergency_aid (EmergencyAidIn | None | Unset):
    """

    case_id: int
    case_number: str
    window_region: str
    window_level: CaseSubmitWindowLevel
    first_responder: Person
    applicant: Applicant
    items: list[CaseItem]
    accepted_date: datetime.date
    due_date: datetime.date
    household_id_numbers: list[str] | Unset = UNSET
    difficulty: str | Unset = ""
    emergency: bool | Unset = False
    emergency_aid: EmergencyAidIn | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency_aid_in import EmergencyAidIn

        case_id = self.case_id

        case_number = self.case_number

        window_region = self.window_region

        window_level: str = self.window_level

        first_responder = self.first_responder.to_dict()

        applicant = self.applicant.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        accepted_date = self.accepted_date.isoformat()

        due_date = self.due_date.isoformat()

        household_id_numbers: list[str] | Unset = UNSET
        if not isinstance(self.household_id_numbers, Unset):
            household_id_numbers = self.household_id_numbers

        difficulty = self.difficulty

        emergency = self.emergency

        emergency_aid: dict[str, Any] | None | Unset
        if isinstance(self.emergency_aid, Unset):
            emergency_aid = UNSET
        elif isinstance(self.emergency_aid, EmergencyAidIn):
            emergency_aid = self.emergency_aid.to_dict()
        else:
            emergency_aid = self.emergency_aid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "window_region": window_region,
                "window_level": window_level,
                "first_responder": first_responder,
                "applicant": applicant,
                "items": items,
                "accepted_date": accepted_date,
                "due_date": due_date,
            }
        )
        if household_id_numbers is not UNSET:
            field_dict["household_id_numbers"] = household_id_numbers
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if emergency_aid is not UNSET:
            field_dict["emergency_aid"] = emergency_aid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.applicant import Applicant
        from ..models.case_item import CaseItem
        from ..models.emergency_aid_in import EmergencyAidIn
        from ..models.person import Person

        d = dict(src_dict)
        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        window_region = d.pop("window_region")

        window_level = check_case_submit_window_level(d.pop("window_level"))

        first_responder = Person.from_dict(d.pop("first_responder"))

        applicant = Applicant.from_dict(d.pop("applicant"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CaseItem.from_dict(items_item_data)

            items.append(items_item)

        accepted_date = datetime.date.fromisoformat(d.pop("accepted_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        household_id_numbers = cast(list[str], d.pop("household_id_numbers", UNSET))

        difficulty = d.pop("difficulty", UNSET)

        emergency = d.pop("emergency", UNSET)

        def _parse_emergency_aid(data: object) -> EmergencyAidIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emergency_aid_type_0 = EmergencyAidIn.from_dict(data)

                return emergency_aid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyAidIn | None | Unset, data)

        emergency_aid = _parse_emergency_aid(d.pop("emergency_aid", UNSET))

        case_submit = cls(
            case_id=case_id,
            case_number=case_number,
            window_region=window_region,
            window_level=window_level,
            first_responder=first_responder,
            applicant=applicant,
            items=items,
            accepted_date=accepted_date,
            due_date=due_date,
            household_id_numbers=household_id_numbers,
            difficulty=difficulty,
            emergency=emergency,
            emergency_aid=emergency_aid,
        )

        case_submit.additional_properties = d
        return case_submit

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.registered_case_window_level import (
    RegisteredCaseWindowLevel,
    check_registered_case_window_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant import Applicant
    from ..models.person import Person


T = TypeVar("T", bound="RegisteredCase")


@_attrs_define
class RegisteredCase:
    """The case as registered at the window (not yet accepted): enough to count the household's caps.

    Attributes:
        case_number (str):
        window_region (str):
        window_level (RegisteredCaseWindowLevel):
        first_responder (Person): The first responder (首问责任人).
        applicant (Applicant): The applicant as accepted at the window.
        household_id_numbers (list[str] | Unset):
        difficulty (str | Unset):  Default: ''.
    """

    case_number: str
    window_region: str
    window_level: RegisteredCaseWindowLevel
    first_responder: Person
    applicant: Applicant
    household_id_numbers: list[str] | Unset = UNSET
    difficulty: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        window_region = self.window_region

        window_level: str = self.window_level

        first_responder = self.first_responder.to_dict()

        applicant = self.applicant.to_dict()

        household_id_numbers: list[str] | Unset = UNSET
        if not isinstance(self.household_id_numbers, Unset):
            household_id_numbers = self.household_id_numbers

        difficulty = self.difficulty

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case_number": case_number,
                "window_region": window_region,
                "window_level": window_level,
                "first_responder": first_responder,
                "applicant": applicant,
            }
        )
        if household_id_numbers is not UNSET:
            field_dict["household_id_numbers"] = household_id_numbers
        if difficulty is not UNSET:
            field_dict["difficulty"] = difficulty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.applicant import Applicant
        from ..models.person import Person

        d = dict(src_dict)
        case_number = d.pop("case_number")

        window_region = d.pop("window_region")

        window_level = check_registered_case_window_level(d.pop("window_level"))

        first_responder = Person.from_dict(d.pop("first_responder"))

        applicant = Applicant.from_dict(d.pop("applicant"))

        household_id_numbers = cast(list[str], d.pop("household_id_numbers", UNSET))

        difficulty = d.pop("difficulty", UNSET)

        registered_case = cls(
            case_number=case_number,
            window_region=window_region,
            window_level=window_level,
            first_responder=first_responder,
            applicant=applicant,
            household_id_numbers=household_id_numbers,
            difficulty=difficulty,
        )

        return registered_case

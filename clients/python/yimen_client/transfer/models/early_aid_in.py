from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.emergency_aid_in import EmergencyAidIn
    from ..models.person import Person
    from ..models.registered_case import RegisteredCase


T = TypeVar("T", bound="EarlyAidIn")


@_attrs_define
class EarlyAidIn:
    """POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only): the case, the aid, the clerk.

    Attributes:
        case (RegisteredCase): The case as registered at the window (not yet accepted): enough to count the household's
            caps.
        aid (EmergencyAidIn): Emergency aid given first (先行救助).
        recorded_by (Person): The first responder (首问责任人).
    """

    case: RegisteredCase
    aid: EmergencyAidIn
    recorded_by: Person

    def to_dict(self) -> dict[str, Any]:
        case = self.case.to_dict()

        aid = self.aid.to_dict()

        recorded_by = self.recorded_by.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "case": case,
                "aid": aid,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emergency_aid_in import EmergencyAidIn
        from ..models.person import Person
        from ..models.registered_case import RegisteredCase

        d = dict(src_dict)
        case = RegisteredCase.from_dict(d.pop("case"))

        aid = EmergencyAidIn.from_dict(d.pop("aid"))

        recorded_by = Person.from_dict(d.pop("recorded_by"))

        early_aid_in = cls(
            case=case,
            aid=aid,
            recorded_by=recorded_by,
        )

        return early_aid_in

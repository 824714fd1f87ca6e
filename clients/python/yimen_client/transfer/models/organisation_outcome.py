from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationOutcome")


@_attrs_define
class OrganisationOutcome:
    """What one social organisation did with the needs it took up (counted from its refer slips).

    Attributes:
        department_id (str):
        name (str):
        taken (int | Unset):  Default: 0.
        open_ (int | Unset):  Default: 0.
        handled (int | Unset):  Default: 0.
        feedback_given (int | Unset):  Default: 0.
        returned (int | Unset):  Default: 0.
        overdue (int | Unset):  Default: 0.
    """

    department_id: str
    name: str
    taken: int | Unset = 0
    open_: int | Unset = 0
    handled: int | Unset = 0
    feedback_given: int | Unset = 0
    returned: int | Unset = 0
    overdue: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        name = self.name

        taken = self.taken

        open_ = self.open_

        handled = self.handled

        feedback_given = self.feedback_given

        returned = self.returned

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "name": name,
            }
        )
        if taken is not UNSET:
            field_dict["taken"] = taken
        if open_ is not UNSET:
            field_dict["open"] = open_
        if handled is not UNSET:
            field_dict["handled"] = handled
        if feedback_given is not UNSET:
            field_dict["feedback_given"] = feedback_given
        if returned is not UNSET:
            field_dict["returned"] = returned
        if overdue is not UNSET:
            field_dict["overdue"] = overdue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        department_id = d.pop("department_id")

        name = d.pop("name")

        taken = d.pop("taken", UNSET)

        open_ = d.pop("open", UNSET)

        handled = d.pop("handled", UNSET)

        feedback_given = d.pop("feedback_given", UNSET)

        returned = d.pop("returned", UNSET)

        overdue = d.pop("overdue", UNSET)

        organisation_outcome = cls(
            department_id=department_id,
            name=name,
            taken=taken,
            open_=open_,
            handled=handled,
            feedback_given=feedback_given,
            returned=returned,
            overdue=overdue,
        )

        organisation_outcome.additional_properties = d
        return organisation_outcome

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

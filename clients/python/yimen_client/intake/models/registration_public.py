from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status

if TYPE_CHECKING:
    from ..models.duplicate_finding import DuplicateFinding
    from ..models.item_suggestion import ItemSuggestion


T = TypeVar("T", bound="RegistrationPublic")


@_attrs_define
class RegistrationPublic:
    """The answer to a registration (replayed as is for the same Idempotency-Key).

    Attributes:
        id (int):
        case_number (str):
        status (ApplicationStatus): An application's place in the one-door procedure.
        notice_due_date (datetime.date):
        suggestions (list[ItemSuggestion]):
        duplicate_findings (list[DuplicateFinding]):
        duplicate_check_incomplete (bool):
    """

    id: int
    case_number: str
    status: ApplicationStatus
    notice_due_date: datetime.date
    suggestions: list[ItemSuggestion]
    duplicate_findings: list[DuplicateFinding]
    duplicate_check_incomplete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        case_number = self.case_number

        status: str = self.status

        notice_due_date = self.notice_due_date.isoformat()

        suggestions = []
        for suggestions_item_data in self.suggestions:
            suggestions_item = suggestions_item_data.to_dict()
            suggestions.append(suggestions_item)

        duplicate_findings = []
        for duplicate_findings_item_data in self.duplicate_findings:
            duplicate_findings_item = duplicate_findings_item_data.to_dict()
            duplicate_findings.append(duplicate_findings_item)

        duplicate_check_incomplete = self.duplicate_check_incomplete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_number": case_number,
                "status": status,
                "notice_due_date": notice_due_date,
                "suggestions": suggestions,
                "duplicate_findings": duplicate_findings,
                "duplicate_check_incomplete": duplicate_check_incomplete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_finding import DuplicateFinding
        from ..models.item_suggestion import ItemSuggestion

        d = dict(src_dict)
        id = d.pop("id")

        case_number = d.pop("case_number")

        status = check_application_status(d.pop("status"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        suggestions = []
        _suggestions = d.pop("suggestions")
        for suggestions_item_data in _suggestions:
            suggestions_item = ItemSuggestion.from_dict(suggestions_item_data)

            suggestions.append(suggestions_item)

        duplicate_findings = []
        _duplicate_findings = d.pop("duplicate_findings")
        for duplicate_findings_item_data in _duplicate_findings:
            duplicate_findings_item = DuplicateFinding.from_dict(
                duplicate_findings_item_data
            )

            duplicate_findings.append(duplicate_findings_item)

        duplicate_check_incomplete = d.pop("duplicate_check_incomplete")

        registration_public = cls(
            id=id,
            case_number=case_number,
            status=status,
            notice_due_date=notice_due_date,
            suggestions=suggestions,
            duplicate_findings=duplicate_findings,
            duplicate_check_incomplete=duplicate_check_incomplete,
        )

        registration_public.additional_properties = d
        return registration_public

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

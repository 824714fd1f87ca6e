from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_case_public_outcome_type_0 import (
    AuditCasePublicOutcomeType0,
    check_audit_case_public_outcome_type_0,
)

T = TypeVar("T", bound="AuditCasePublic")


@_attrs_define
class AuditCasePublic:
    """A sampled case and its finding (the case number, not the household's personal data).

    Attributes:
        id (int):
        position (int):
        application_id (int):
        case_number (str):
        street (str):
        street_name (str):
        item_code (str):
        auditor (None | str):
        outcome (AuditCasePublicOutcomeType0 | None):
        category (None | str):
        category_name (None | str):
        finding (str):
        recorded_by (None | str):
        recorded_at (datetime.datetime | None):
    """

    id: int
    position: int
    application_id: int
    case_number: str
    street: str
    street_name: str
    item_code: str
    auditor: None | str
    outcome: AuditCasePublicOutcomeType0 | None
    category: None | str
    category_name: None | str
    finding: str
    recorded_by: None | str
    recorded_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        application_id = self.application_id

        case_number = self.case_number

        street = self.street

        street_name = self.street_name

        item_code = self.item_code

        auditor: None | str
        auditor = self.auditor

        outcome: None | str
        if isinstance(self.outcome, str):
            outcome = self.outcome
        else:
            outcome = self.outcome

        category: None | str
        category = self.category

        category_name: None | str
        category_name = self.category_name

        finding = self.finding

        recorded_by: None | str
        recorded_by = self.recorded_by

        recorded_at: None | str
        if isinstance(self.recorded_at, datetime.datetime):
            recorded_at = self.recorded_at.isoformat()
        else:
            recorded_at = self.recorded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "position": position,
                "application_id": application_id,
                "case_number": case_number,
                "street": street,
                "street_name": street_name,
                "item_code": item_code,
                "auditor": auditor,
                "outcome": outcome,
                "category": category,
                "category_name": category_name,
                "finding": finding,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        position = d.pop("position")

        application_id = d.pop("application_id")

        case_number = d.pop("case_number")

        street = d.pop("street")

        street_name = d.pop("street_name")

        item_code = d.pop("item_code")

        def _parse_auditor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        auditor = _parse_auditor(d.pop("auditor"))

        def _parse_outcome(data: object) -> AuditCasePublicOutcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = check_audit_case_public_outcome_type_0(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditCasePublicOutcomeType0 | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))

        def _parse_category_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category_name = _parse_category_name(d.pop("category_name"))

        finding = d.pop("finding")

        def _parse_recorded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        def _parse_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at"))

        audit_case_public = cls(
            id=id,
            position=position,
            application_id=application_id,
            case_number=case_number,
            street=street,
            street_name=street_name,
            item_code=item_code,
            auditor=auditor,
            outcome=outcome,
            category=category,
            category_name=category_name,
            finding=finding,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )

        audit_case_public.additional_properties = d
        return audit_case_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review_finding import ReviewFinding


T = TypeVar("T", bound="TaskPublic")


@_attrs_define
class TaskPublic:
    """
    Attributes:
        id (int):
        recipient_id (int):
        street_region (str):
        year (int):
        outcome (str):
        rule_version (str):
        findings (list[ReviewFinding]):
        status (str):
        decision (None | str):
        decision_name (None | str):
        new_amount (None | str):
        reason (str):
        decided_by (str):
        decided_by_name (str):
        decided_at (datetime.datetime | None):
        created_at (datetime.datetime):
    """

    id: int
    recipient_id: int
    street_region: str
    year: int
    outcome: str
    rule_version: str
    findings: list[ReviewFinding]
    status: str
    decision: None | str
    decision_name: None | str
    new_amount: None | str
    reason: str
    decided_by: str
    decided_by_name: str
    decided_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        recipient_id = self.recipient_id

        street_region = self.street_region

        year = self.year

        outcome = self.outcome

        rule_version = self.rule_version

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        status = self.status

        decision: None | str
        decision = self.decision

        decision_name: None | str
        decision_name = self.decision_name

        new_amount: None | str
        new_amount = self.new_amount

        reason = self.reason

        decided_by = self.decided_by

        decided_by_name = self.decided_by_name

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "recipient_id": recipient_id,
                "street_region": street_region,
                "year": year,
                "outcome": outcome,
                "rule_version": rule_version,
                "findings": findings,
                "status": status,
                "decision": decision,
                "decision_name": decision_name,
                "new_amount": new_amount,
                "reason": reason,
                "decided_by": decided_by,
                "decided_by_name": decided_by_name,
                "decided_at": decided_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.review_finding import ReviewFinding

        d = dict(src_dict)
        id = d.pop("id")

        recipient_id = d.pop("recipient_id")

        street_region = d.pop("street_region")

        year = d.pop("year")

        outcome = d.pop("outcome")

        rule_version = d.pop("rule_version")

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = ReviewFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        status = d.pop("status")

        def _parse_decision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_decision_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_name = _parse_decision_name(d.pop("decision_name"))

        def _parse_new_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        new_amount = _parse_new_amount(d.pop("new_amount"))

        reason = d.pop("reason")

        decided_by = d.pop("decided_by")

        decided_by_name = d.pop("decided_by_name")

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        task_public = cls(
            id=id,
            recipient_id=recipient_id,
            street_region=street_region,
            year=year,
            outcome=outcome,
            rule_version=rule_version,
            findings=findings,
            status=status,
            decision=decision,
            decision_name=decision_name,
            new_amount=new_amount,
            reason=reason,
            decided_by=decided_by,
            decided_by_name=decided_by_name,
            decided_at=decided_at,
            created_at=created_at,
        )

        task_public.additional_properties = d
        return task_public

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

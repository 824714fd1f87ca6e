from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step import Step, check_step

if TYPE_CHECKING:
    from ..models.step_public_evidence import StepPublicEvidence


T = TypeVar("T", bound="StepPublic")


@_attrs_define
class StepPublic:
    """One step as shown: status, deadline, who finished it, when, with what evidence.

    Attributes:
        step (Step): A step of the item procedure (seed 000 §五, seed 001, seed 002 annex 2).
        name (str):
        status (str):
        status_name (str):
        due_date (datetime.date | None):
        overdue (bool):
        done_at (datetime.datetime | None):
        done_by (None | str):
        done_by_name (None | str):
        detail (str):
        evidence (StepPublicEvidence):
    """

    step: Step
    name: str
    status: str
    status_name: str
    due_date: datetime.date | None
    overdue: bool
    done_at: datetime.datetime | None
    done_by: None | str
    done_by_name: None | str
    detail: str
    evidence: StepPublicEvidence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step: str = self.step

        name = self.name

        status = self.status

        status_name = self.status_name

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        done_by: None | str
        done_by = self.done_by

        done_by_name: None | str
        done_by_name = self.done_by_name

        detail = self.detail

        evidence = self.evidence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
                "name": name,
                "status": status,
                "status_name": status_name,
                "due_date": due_date,
                "overdue": overdue,
                "done_at": done_at,
                "done_by": done_by,
                "done_by_name": done_by_name,
                "detail": detail,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.step_public_evidence import StepPublicEvidence

        d = dict(src_dict)
        step = check_step(d.pop("step"))

        name = d.pop("name")

        status = d.pop("status")

        status_name = d.pop("status_name")

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

        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)

                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))

        def _parse_done_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        done_by = _parse_done_by(d.pop("done_by"))

        def _parse_done_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        done_by_name = _parse_done_by_name(d.pop("done_by_name"))

        detail = d.pop("detail")

        evidence = StepPublicEvidence.from_dict(d.pop("evidence"))

        step_public = cls(
            step=step,
            name=name,
            status=status,
            status_name=status_name,
            due_date=due_date,
            overdue=overdue,
            done_at=done_at,
            done_by=done_by,
            done_by_name=done_by_name,
            detail=detail,
            evidence=evidence,
        )

        step_public.additional_properties = d
        return step_public

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

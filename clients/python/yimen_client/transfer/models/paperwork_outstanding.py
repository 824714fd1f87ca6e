from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaperworkOutstanding")


@_attrs_define
class PaperworkOutstanding:
    """An emergency case whose paperwork (补齐手续) is still outstanding after the aid given first.

    Attributes:
        case_id (int):
        case_number (str):
        paperwork_due_date (datetime.date):
        overdue (bool):
    """

    case_id: int
    case_number: str
    paperwork_due_date: datetime.date
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        case_number = self.case_number

        paperwork_due_date = self.paperwork_due_date.isoformat()

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "paperwork_due_date": paperwork_due_date,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        paperwork_due_date = datetime.date.fromisoformat(d.pop("paperwork_due_date"))

        overdue = d.pop("overdue")

        paperwork_outstanding = cls(
            case_id=case_id,
            case_number=case_number,
            paperwork_due_date=paperwork_due_date,
            overdue=overdue,
        )

        paperwork_outstanding.additional_properties = d
        return paperwork_outstanding

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

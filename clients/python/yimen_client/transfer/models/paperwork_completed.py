from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaperworkCompleted")


@_attrs_define
class PaperworkCompleted:
    """An emergency case whose paperwork (补齐手续) is now complete.

    Attributes:
        case_id (int):
        paperwork_completed_at (datetime.datetime):
    """

    case_id: int
    paperwork_completed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        paperwork_completed_at = self.paperwork_completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "paperwork_completed_at": paperwork_completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        paperwork_completed_at = datetime.datetime.fromisoformat(
            d.pop("paperwork_completed_at")
        )

        paperwork_completed = cls(
            case_id=case_id,
            paperwork_completed_at=paperwork_completed_at,
        )

        paperwork_completed.additional_properties = d
        return paperwork_completed

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MajorReportPublic")


@_attrs_define
class MajorReportPublic:
    """A case reported as 情况重大, with the acknowledgement deadline and state.

    Attributes:
        case_id (int):
        case_number (str):
        window_region (str):
        summary (str):
        reported_by (str):
        reported_by_name (str):
        reported_at (datetime.datetime):
        due_date (datetime.date): 区政府签收期限（工作日）
        overdue (bool):
        acknowledged_at (datetime.datetime | None):
        acknowledged_by (None | str):
        recorded_by (None | str):
        note (None | str):
    """

    case_id: int
    case_number: str
    window_region: str
    summary: str
    reported_by: str
    reported_by_name: str
    reported_at: datetime.datetime
    due_date: datetime.date
    overdue: bool
    acknowledged_at: datetime.datetime | None
    acknowledged_by: None | str
    recorded_by: None | str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        case_number = self.case_number

        window_region = self.window_region

        summary = self.summary

        reported_by = self.reported_by

        reported_by_name = self.reported_by_name

        reported_at = self.reported_at.isoformat()

        due_date = self.due_date.isoformat()

        overdue = self.overdue

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str
        acknowledged_by = self.acknowledged_by

        recorded_by: None | str
        recorded_by = self.recorded_by

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "case_number": case_number,
                "window_region": window_region,
                "summary": summary,
                "reported_by": reported_by,
                "reported_by_name": reported_by_name,
                "reported_at": reported_at,
                "due_date": due_date,
                "overdue": overdue,
                "acknowledged_at": acknowledged_at,
                "acknowledged_by": acknowledged_by,
                "recorded_by": recorded_by,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        window_region = d.pop("window_region")

        summary = d.pop("summary")

        reported_by = d.pop("reported_by")

        reported_by_name = d.pop("reported_by_name")

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        overdue = d.pop("overdue")

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_acknowledged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        acknowledged_by = _parse_acknowledged_by(d.pop("acknowledged_by"))

        def _parse_recorded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        major_report_public = cls(
            case_id=case_id,
            case_number=case_number,
            window_region=window_region,
            summary=summary,
            reported_by=reported_by,
            reported_by_name=reported_by_name,
            reported_at=reported_at,
            due_date=due_date,
            overdue=overdue,
            acknowledged_at=acknowledged_at,
            acknowledged_by=acknowledged_by,
            recorded_by=recorded_by,
            note=note,
        )

        major_report_public.additional_properties = d
        return major_report_public

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

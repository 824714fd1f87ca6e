from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeadlinePublic")


@_attrs_define
class DeadlinePublic:
    """A case's deadlines as last computed, with the calendar basis and any warning.

    Attributes:
        received_date (datetime.date):
        notice_due_date (datetime.date): 一次性告知期限：登记后5个工作日
        accepted_date (datetime.date | None):
        clock_start_date (datetime.date | None): 期限自此日的次日起算
        time_limit_days (int | None):
        extension_days (int):
        due_date (datetime.date | None):
        days_left (int | None): 剩余工作日（计时中才有；负数为已逾期）
        overdue (bool):
        near_due (bool): 3个工作日内到期
        paused (bool):
        warnings (list[str]):
        basis (str):
    """

    received_date: datetime.date
    notice_due_date: datetime.date
    accepted_date: datetime.date | None
    clock_start_date: datetime.date | None
    time_limit_days: int | None
    extension_days: int
    due_date: datetime.date | None
    days_left: int | None
    overdue: bool
    near_due: bool
    paused: bool
    warnings: list[str]
    basis: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received_date = self.received_date.isoformat()

        notice_due_date = self.notice_due_date.isoformat()

        accepted_date: None | str
        if isinstance(self.accepted_date, datetime.date):
            accepted_date = self.accepted_date.isoformat()
        else:
            accepted_date = self.accepted_date

        clock_start_date: None | str
        if isinstance(self.clock_start_date, datetime.date):
            clock_start_date = self.clock_start_date.isoformat()
        else:
            clock_start_date = self.clock_start_date

        time_limit_days: int | None
        time_limit_days = self.time_limit_days

        extension_days = self.extension_days

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        days_left: int | None
        days_left = self.days_left

        overdue = self.overdue

        near_due = self.near_due

        paused = self.paused

        warnings = self.warnings

        basis = self.basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "received_date": received_date,
                "notice_due_date": notice_due_date,
                "accepted_date": accepted_date,
                "clock_start_date": clock_start_date,
                "time_limit_days": time_limit_days,
                "extension_days": extension_days,
                "due_date": due_date,
                "days_left": days_left,
                "overdue": overdue,
                "near_due": near_due,
                "paused": paused,
                "warnings": warnings,
                "basis": basis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        notice_due_date = datetime.date.fromisoformat(d.pop("notice_due_date"))

        def _parse_accepted_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_date_type_0 = datetime.date.fromisoformat(data)

                return accepted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        accepted_date = _parse_accepted_date(d.pop("accepted_date"))

        def _parse_clock_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                clock_start_date_type_0 = datetime.date.fromisoformat(data)

                return clock_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        clock_start_date = _parse_clock_start_date(d.pop("clock_start_date"))

        def _parse_time_limit_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        time_limit_days = _parse_time_limit_days(d.pop("time_limit_days"))

        extension_days = d.pop("extension_days")

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

        def _parse_days_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_left = _parse_days_left(d.pop("days_left"))

        overdue = d.pop("overdue")

        near_due = d.pop("near_due")

        paused = d.pop("paused")

        warnings = cast(list[str], d.pop("warnings"))

        basis = d.pop("basis")

        deadline_public = cls(
            received_date=received_date,
            notice_due_date=notice_due_date,
            accepted_date=accepted_date,
            clock_start_date=clock_start_date,
            time_limit_days=time_limit_days,
            extension_days=extension_days,
            due_date=due_date,
            days_left=days_left,
            overdue=overdue,
            near_due=near_due,
            paused=paused,
            warnings=warnings,
            basis=basis,
        )

        deadline_public.additional_properties = d
        return deadline_public

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

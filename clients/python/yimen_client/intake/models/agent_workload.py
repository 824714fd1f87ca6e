from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentWorkload")


@_attrs_define
class AgentWorkload:
    """An agent's cases and field work, and how timely its cases were concluded.

    Attributes:
        cases_total (int | Unset):  Default: 0.
        cases_open (int | Unset):  Default: 0.
        cases_concluded (int | Unset):  Default: 0.
        cases_overdue (int | Unset):  Default: 0.
        concluded_on_time (int | Unset):  Default: 0.
        home_tasks_open (int | Unset):  Default: 0.
        visits_last_7_days (int | Unset):  Default: 0.
    """

    cases_total: int | Unset = 0
    cases_open: int | Unset = 0
    cases_concluded: int | Unset = 0
    cases_overdue: int | Unset = 0
    concluded_on_time: int | Unset = 0
    home_tasks_open: int | Unset = 0
    visits_last_7_days: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cases_total = self.cases_total

        cases_open = self.cases_open

        cases_concluded = self.cases_concluded

        cases_overdue = self.cases_overdue

        concluded_on_time = self.concluded_on_time

        home_tasks_open = self.home_tasks_open

        visits_last_7_days = self.visits_last_7_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cases_total is not UNSET:
            field_dict["cases_total"] = cases_total
        if cases_open is not UNSET:
            field_dict["cases_open"] = cases_open
        if cases_concluded is not UNSET:
            field_dict["cases_concluded"] = cases_concluded
        if cases_overdue is not UNSET:
            field_dict["cases_overdue"] = cases_overdue
        if concluded_on_time is not UNSET:
            field_dict["concluded_on_time"] = concluded_on_time
        if home_tasks_open is not UNSET:
            field_dict["home_tasks_open"] = home_tasks_open
        if visits_last_7_days is not UNSET:
            field_dict["visits_last_7_days"] = visits_last_7_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cases_total = d.pop("cases_total", UNSET)

        cases_open = d.pop("cases_open", UNSET)

        cases_concluded = d.pop("cases_concluded", UNSET)

        cases_overdue = d.pop("cases_overdue", UNSET)

        concluded_on_time = d.pop("concluded_on_time", UNSET)

        home_tasks_open = d.pop("home_tasks_open", UNSET)

        visits_last_7_days = d.pop("visits_last_7_days", UNSET)

        agent_workload = cls(
            cases_total=cases_total,
            cases_open=cases_open,
            cases_concluded=cases_concluded,
            cases_overdue=cases_overdue,
            concluded_on_time=concluded_on_time,
            home_tasks_open=home_tasks_open,
            visits_last_7_days=visits_last_7_days,
        )

        agent_workload.additional_properties = d
        return agent_workload

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

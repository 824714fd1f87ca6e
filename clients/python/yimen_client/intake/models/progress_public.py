from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress_department import ProgressDepartment
    from ..models.progress_step import ProgressStep


T = TypeVar("T", bound="ProgressPublic")


@_attrs_define
class ProgressPublic:
    """What the public may learn of a case: its status, steps and departments, nothing personal.

    Attributes:
        case_number (str):
        status (ApplicationStatus): An application's place in the one-door procedure.
        status_name (str):
        due_date (datetime.date | None): 承诺办结日期（受理后）
        notice_due_date (datetime.date | None): 一次性告知期限（受理前才有）
        steps (list[ProgressStep] | Unset): 办理步骤（状态变化，北京时间日期）
        departments (list[ProgressDepartment] | Unset): 接收通知单的部门及其进展
    """

    case_number: str
    status: ApplicationStatus
    status_name: str
    due_date: datetime.date | None
    notice_due_date: datetime.date | None
    steps: list[ProgressStep] | Unset = UNSET
    departments: list[ProgressDepartment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_number = self.case_number

        status: str = self.status

        status_name = self.status_name

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        notice_due_date: None | str
        if isinstance(self.notice_due_date, datetime.date):
            notice_due_date = self.notice_due_date.isoformat()
        else:
            notice_due_date = self.notice_due_date

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "status": status,
                "status_name": status_name,
                "due_date": due_date,
                "notice_due_date": notice_due_date,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps
        if departments is not UNSET:
            field_dict["departments"] = departments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.progress_department import ProgressDepartment
        from ..models.progress_step import ProgressStep

        d = dict(src_dict)
        case_number = d.pop("case_number")

        status = check_application_status(d.pop("status"))

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

        def _parse_notice_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notice_due_date_type_0 = datetime.date.fromisoformat(data)

                return notice_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        notice_due_date = _parse_notice_due_date(d.pop("notice_due_date"))

        _steps = d.pop("steps", UNSET)
        steps: list[ProgressStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = ProgressStep.from_dict(steps_item_data)

                steps.append(steps_item)

        _departments = d.pop("departments", UNSET)
        departments: list[ProgressDepartment] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = ProgressDepartment.from_dict(departments_item_data)

                departments.append(departments_item)

        progress_public = cls(
            case_number=case_number,
            status=status,
            status_name=status_name,
            due_date=due_date,
            notice_due_date=notice_due_date,
            steps=steps,
            departments=departments,
        )

        progress_public.additional_properties = d
        return progress_public

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

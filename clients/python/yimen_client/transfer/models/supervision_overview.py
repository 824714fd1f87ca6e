from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.major_report_public import MajorReportPublic
    from ..models.paperwork_outstanding import PaperworkOutstanding
    from ..models.reminder_public import ReminderPublic
    from ..models.slip_summary import SlipSummary


T = TypeVar("T", bound="SupervisionOverview")


@_attrs_define
class SupervisionOverview:
    """The supervision board: overdue, near due, reminders, emergency paperwork outstanding.

    Attributes:
        overdue (list[SlipSummary]): 最近的逾期通知单（至多 200 张，新的在前）
        near_due (list[SlipSummary]): 最近的临期通知单（至多 200 张）
        overdue_total (int): 逾期通知单总数（列表可能只显示一部分）
        near_due_total (int): 临期通知单总数
        reminders (list[ReminderPublic]):
        paperwork_outstanding (list[PaperworkOutstanding]):
        major_reports_outstanding (list[MajorReportPublic] | Unset): 已报告区政府、尚未签收的重大情况（情况重大）
    """

    overdue: list[SlipSummary]
    near_due: list[SlipSummary]
    overdue_total: int
    near_due_total: int
    reminders: list[ReminderPublic]
    paperwork_outstanding: list[PaperworkOutstanding]
    major_reports_outstanding: list[MajorReportPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overdue = []
        for overdue_item_data in self.overdue:
            overdue_item = overdue_item_data.to_dict()
            overdue.append(overdue_item)

        near_due = []
        for near_due_item_data in self.near_due:
            near_due_item = near_due_item_data.to_dict()
            near_due.append(near_due_item)

        overdue_total = self.overdue_total

        near_due_total = self.near_due_total

        reminders = []
        for reminders_item_data in self.reminders:
            reminders_item = reminders_item_data.to_dict()
            reminders.append(reminders_item)

        paperwork_outstanding = []
        for paperwork_outstanding_item_data in self.paperwork_outstanding:
            paperwork_outstanding_item = paperwork_outstanding_item_data.to_dict()
            paperwork_outstanding.append(paperwork_outstanding_item)

        major_reports_outstanding: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.major_reports_outstanding, Unset):
            major_reports_outstanding = []
            for major_reports_outstanding_item_data in self.major_reports_outstanding:
                major_reports_outstanding_item = (
                    major_reports_outstanding_item_data.to_dict()
                )
                major_reports_outstanding.append(major_reports_outstanding_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overdue": overdue,
                "near_due": near_due,
                "overdue_total": overdue_total,
                "near_due_total": near_due_total,
                "reminders": reminders,
                "paperwork_outstanding": paperwork_outstanding,
            }
        )
        if major_reports_outstanding is not UNSET:
            field_dict["major_reports_outstanding"] = major_reports_outstanding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.major_report_public import MajorReportPublic
        from ..models.paperwork_outstanding import PaperworkOutstanding
        from ..models.reminder_public import ReminderPublic
        from ..models.slip_summary import SlipSummary

        d = dict(src_dict)
        overdue = []
        _overdue = d.pop("overdue")
        for overdue_item_data in _overdue:
            overdue_item = SlipSummary.from_dict(overdue_item_data)

            overdue.append(overdue_item)

        near_due = []
        _near_due = d.pop("near_due")
        for near_due_item_data in _near_due:
            near_due_item = SlipSummary.from_dict(near_due_item_data)

            near_due.append(near_due_item)

        overdue_total = d.pop("overdue_total")

        near_due_total = d.pop("near_due_total")

        reminders = []
        _reminders = d.pop("reminders")
        for reminders_item_data in _reminders:
            reminders_item = ReminderPublic.from_dict(reminders_item_data)

            reminders.append(reminders_item)

        paperwork_outstanding = []
        _paperwork_outstanding = d.pop("paperwork_outstanding")
        for paperwork_outstanding_item_data in _paperwork_outstanding:
            paperwork_outstanding_item = PaperworkOutstanding.from_dict(
                paperwork_outstanding_item_data
            )

            paperwork_outstanding.append(paperwork_outstanding_item)

        _major_reports_outstanding = d.pop("major_reports_outstanding", UNSET)
        major_reports_outstanding: list[MajorReportPublic] | Unset = UNSET
        if _major_reports_outstanding is not UNSET:
            major_reports_outstanding = []
            for major_reports_outstanding_item_data in _major_reports_outstanding:
                major_reports_outstanding_item = MajorReportPublic.from_dict(
                    major_reports_outstanding_item_data
                )

                major_reports_outstanding.append(major_reports_outstanding_item)

        supervision_overview = cls(
            overdue=overdue,
            near_due=near_due,
            overdue_total=overdue_total,
            near_due_total=near_due_total,
            reminders=reminders,
            paperwork_outstanding=paperwork_outstanding,
            major_reports_outstanding=major_reports_outstanding,
        )

        supervision_overview.additional_properties = d
        return supervision_overview

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

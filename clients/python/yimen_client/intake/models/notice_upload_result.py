from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.calendar_notice_public import CalendarNoticePublic
    from ..models.recompute_summary import RecomputeSummary


T = TypeVar("T", bound="NoticeUploadResult")


@_attrs_define
class NoticeUploadResult:
    """The stored notice and the recomputation it caused.

    Attributes:
        notice (CalendarNoticePublic): A State Council notice as an administrator loaded it (transfer loads these at
            start).
        recompute (RecomputeSummary): How many open deadlines a calendar change touched and changed.
    """

    notice: CalendarNoticePublic
    recompute: RecomputeSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notice = self.notice.to_dict()

        recompute = self.recompute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notice": notice,
                "recompute": recompute,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.calendar_notice_public import CalendarNoticePublic
        from ..models.recompute_summary import RecomputeSummary

        d = dict(src_dict)
        notice = CalendarNoticePublic.from_dict(d.pop("notice"))

        recompute = RecomputeSummary.from_dict(d.pop("recompute"))

        notice_upload_result = cls(
            notice=notice,
            recompute=recompute,
        )

        notice_upload_result.additional_properties = d
        return notice_upload_result

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

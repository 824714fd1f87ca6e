from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeUpload")


@_attrs_define
class NoticeUpload:
    """A State Council notice: dates or "a..b" ranges.

    Attributes:
        year (int):
        holidays (list[str]):
        workdays (list[str] | Unset):
        reference (str | Unset):  Default: ''.
    """

    year: int
    holidays: list[str]
    workdays: list[str] | Unset = UNSET
    reference: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        holidays = self.holidays

        workdays: list[str] | Unset = UNSET
        if not isinstance(self.workdays, Unset):
            workdays = self.workdays

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "holidays": holidays,
            }
        )
        if workdays is not UNSET:
            field_dict["workdays"] = workdays
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        holidays = cast(list[str], d.pop("holidays"))

        workdays = cast(list[str], d.pop("workdays", UNSET))

        reference = d.pop("reference", UNSET)

        notice_upload = cls(
            year=year,
            holidays=holidays,
            workdays=workdays,
            reference=reference,
        )

        notice_upload.additional_properties = d
        return notice_upload

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

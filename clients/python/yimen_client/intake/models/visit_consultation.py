from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitConsultation")


@_attrs_define
class VisitConsultation:
    """Register the household's question found on a visit in the consultation register (首问负责).

    Attributes:
        matter (None | str | Unset): 咨询事项（不填即为走访所见困难情况）
        item_codes (list[str] | Unset):
        answer (str | Unset):  Default: ''.
        one_time_notice (bool | Unset):  Default: False.
        follow_up_days (int | None | Unset):
    """

    matter: None | str | Unset = UNSET
    item_codes: list[str] | Unset = UNSET
    answer: str | Unset = ""
    one_time_notice: bool | Unset = False
    follow_up_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matter: None | str | Unset
        if isinstance(self.matter, Unset):
            matter = UNSET
        else:
            matter = self.matter

        item_codes: list[str] | Unset = UNSET
        if not isinstance(self.item_codes, Unset):
            item_codes = self.item_codes

        answer = self.answer

        one_time_notice = self.one_time_notice

        follow_up_days: int | None | Unset
        if isinstance(self.follow_up_days, Unset):
            follow_up_days = UNSET
        else:
            follow_up_days = self.follow_up_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matter is not UNSET:
            field_dict["matter"] = matter
        if item_codes is not UNSET:
            field_dict["item_codes"] = item_codes
        if answer is not UNSET:
            field_dict["answer"] = answer
        if one_time_notice is not UNSET:
            field_dict["one_time_notice"] = one_time_notice
        if follow_up_days is not UNSET:
            field_dict["follow_up_days"] = follow_up_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_matter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matter = _parse_matter(d.pop("matter", UNSET))

        item_codes = cast(list[str], d.pop("item_codes", UNSET))

        answer = d.pop("answer", UNSET)

        one_time_notice = d.pop("one_time_notice", UNSET)

        def _parse_follow_up_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        follow_up_days = _parse_follow_up_days(d.pop("follow_up_days", UNSET))

        visit_consultation = cls(
            matter=matter,
            item_codes=item_codes,
            answer=answer,
            one_time_notice=one_time_notice,
            follow_up_days=follow_up_days,
        )

        visit_consultation.additional_properties = d
        return visit_consultation

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

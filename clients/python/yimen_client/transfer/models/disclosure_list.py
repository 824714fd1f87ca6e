from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disclosure_entry import DisclosureEntry
    from ..models.public_answer import PublicAnswer


T = TypeVar("T", bound="DisclosureList")


@_attrs_define
class DisclosureList:
    """The approved assistance of the configured period, newest first.

    Attributes:
        period_from (datetime.date):
        period_to (datetime.date):
        total (int):
        entries (list[DisclosureEntry]):
        answers (list[PublicAnswer] | Unset): 公示期内已答复的异议（最新在前，至多 50 件），个人信息已脱敏
    """

    period_from: datetime.date
    period_to: datetime.date
    total: int
    entries: list[DisclosureEntry]
    answers: list[PublicAnswer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_from = self.period_from.isoformat()

        period_to = self.period_to.isoformat()

        total = self.total

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        answers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = []
            for answers_item_data in self.answers:
                answers_item = answers_item_data.to_dict()
                answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period_from": period_from,
                "period_to": period_to,
                "total": total,
                "entries": entries,
            }
        )
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disclosure_entry import DisclosureEntry
        from ..models.public_answer import PublicAnswer

        d = dict(src_dict)
        period_from = datetime.date.fromisoformat(d.pop("period_from"))

        period_to = datetime.date.fromisoformat(d.pop("period_to"))

        total = d.pop("total")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = DisclosureEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        _answers = d.pop("answers", UNSET)
        answers: list[PublicAnswer] | Unset = UNSET
        if _answers is not UNSET:
            answers = []
            for answers_item_data in _answers:
                answers_item = PublicAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

        disclosure_list = cls(
            period_from=period_from,
            period_to=period_to,
            total=total,
            entries=entries,
            answers=answers,
        )

        disclosure_list.additional_properties = d
        return disclosure_list

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

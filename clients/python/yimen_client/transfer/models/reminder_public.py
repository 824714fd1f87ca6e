from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reminder_public_due_kind_type_0 import (
    ReminderPublicDueKindType0,
    check_reminder_public_due_kind_type_0,
)
from ..models.reminder_public_due_kind_type_1 import (
    ReminderPublicDueKindType1,
    check_reminder_public_due_kind_type_1,
)
from ..models.reminder_public_level import (
    ReminderPublicLevel,
    check_reminder_public_level,
)

T = TypeVar("T", bound="ReminderPublic")


@_attrs_define
class ReminderPublic:
    """A reminder (催办) or supervision (督办) record: who was told about which deadline, when.

    Attributes:
        slip_id (int):
        slip_number (str):
        level (ReminderPublicLevel):
        level_name (str):
        due_kind (ReminderPublicDueKindType0 | ReminderPublicDueKindType1):
        due_date (datetime.date):
        department_id (str):
        reminded (str):
        at (datetime.datetime):
    """

    slip_id: int
    slip_number: str
    level: ReminderPublicLevel
    level_name: str
    due_kind: ReminderPublicDueKindType0 | ReminderPublicDueKindType1
    due_date: datetime.date
    department_id: str
    reminded: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slip_id = self.slip_id

        slip_number = self.slip_number

        level: str = self.level

        level_name = self.level_name

        due_kind: str
        if isinstance(self.due_kind, str):
            due_kind = self.due_kind
        else:
            due_kind = self.due_kind

        due_date = self.due_date.isoformat()

        department_id = self.department_id

        reminded = self.reminded

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slip_id": slip_id,
                "slip_number": slip_number,
                "level": level,
                "level_name": level_name,
                "due_kind": due_kind,
                "due_date": due_date,
                "department_id": department_id,
                "reminded": reminded,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slip_id = d.pop("slip_id")

        slip_number = d.pop("slip_number")

        level = check_reminder_public_level(d.pop("level"))

        level_name = d.pop("level_name")

        def _parse_due_kind(
            data: object,
        ) -> ReminderPublicDueKindType0 | ReminderPublicDueKindType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_kind_type_0 = check_reminder_public_due_kind_type_0(data)

                return due_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            due_kind_type_1 = check_reminder_public_due_kind_type_1(data)

            return due_kind_type_1

        due_kind = _parse_due_kind(d.pop("due_kind"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        department_id = d.pop("department_id")

        reminded = d.pop("reminded")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        reminder_public = cls(
            slip_id=slip_id,
            slip_number=slip_number,
            level=level,
            level_name=level_name,
            due_kind=due_kind,
            due_date=due_date,
            department_id=department_id,
            reminded=reminded,
            at=at,
        )

        reminder_public.additional_properties = d
        return reminder_public

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

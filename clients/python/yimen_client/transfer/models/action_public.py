from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_public_level import ActionPublicLevel, check_action_public_level

T = TypeVar("T", bound="ActionPublic")


@_attrs_define
class ActionPublic:
    """A recorded 催办 / 督办 on one slip (an entry of its history).

    Attributes:
        id (int): 通知单记录编号
        slip_id (int):
        slip_number (str):
        case_id (int):
        case_number (str):
        level (ActionPublicLevel):
        level_name (str):
        detail (str): 记录内容：期限、被提醒的经办人（A岗外出时含B岗）和说明
        department_id (str):
        department_name (str):
        actor_name (str):
        at (datetime.datetime):
    """

    id: int
    slip_id: int
    slip_number: str
    case_id: int
    case_number: str
    level: ActionPublicLevel
    level_name: str
    detail: str
    department_id: str
    department_name: str
    actor_name: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slip_id = self.slip_id

        slip_number = self.slip_number

        case_id = self.case_id

        case_number = self.case_number

        level: str = self.level

        level_name = self.level_name

        detail = self.detail

        department_id = self.department_id

        department_name = self.department_name

        actor_name = self.actor_name

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slip_id": slip_id,
                "slip_number": slip_number,
                "case_id": case_id,
                "case_number": case_number,
                "level": level,
                "level_name": level_name,
                "detail": detail,
                "department_id": department_id,
                "department_name": department_name,
                "actor_name": actor_name,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        slip_id = d.pop("slip_id")

        slip_number = d.pop("slip_number")

        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        level = check_action_public_level(d.pop("level"))

        level_name = d.pop("level_name")

        detail = d.pop("detail")

        department_id = d.pop("department_id")

        department_name = d.pop("department_name")

        actor_name = d.pop("actor_name")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        action_public = cls(
            id=id,
            slip_id=slip_id,
            slip_number=slip_number,
            case_id=case_id,
            case_number=case_number,
            level=level,
            level_name=level_name,
            detail=detail,
            department_id=department_id,
            department_name=department_name,
            actor_name=actor_name,
            at=at,
        )

        action_public.additional_properties = d
        return action_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tolerated_material import ToleratedMaterial


T = TypeVar("T", bound="ToleratedPublic")


@_attrs_define
class ToleratedPublic:
    """The recorded 容缺受理 decision and what has arrived since.

    Attributes:
        reason (str):
        materials (list[ToleratedMaterial]):
        due_date (datetime.date):
        decided_by (str):
        decided_by_name (str):
        decided_at (datetime.datetime):
        received (list[str]):
        completed_at (datetime.datetime | None):
    """

    reason: str
    materials: list[ToleratedMaterial]
    due_date: datetime.date
    decided_by: str
    decided_by_name: str
    decided_at: datetime.datetime
    received: list[str]
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        due_date = self.due_date.isoformat()

        decided_by = self.decided_by

        decided_by_name = self.decided_by_name

        decided_at = self.decided_at.isoformat()

        received = self.received

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "materials": materials,
                "due_date": due_date,
                "decided_by": decided_by,
                "decided_by_name": decided_by_name,
                "decided_at": decided_at,
                "received": received,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tolerated_material import ToleratedMaterial

        d = dict(src_dict)
        reason = d.pop("reason")

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = ToleratedMaterial.from_dict(materials_item_data)

            materials.append(materials_item)

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        decided_by = d.pop("decided_by")

        decided_by_name = d.pop("decided_by_name")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        received = cast(list[str], d.pop("received"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        tolerated_public = cls(
            reason=reason,
            materials=materials,
            due_date=due_date,
            decided_by=decided_by,
            decided_by_name=decided_by_name,
            decided_at=decided_at,
            received=received,
            completed_at=completed_at,
        )

        tolerated_public.additional_properties = d
        return tolerated_public

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

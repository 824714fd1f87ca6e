from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ObjectionPublic")


@_attrs_define
class ObjectionPublic:
    """An objection and its resolution.

    Attributes:
        id (int):
        received_date (datetime.date):
        content (str):
        recorded_by (str):
        resolution (None | str):
        resolved_by (None | str):
    """

    id: int
    received_date: datetime.date
    content: str
    recorded_by: str
    resolution: None | str
    resolved_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        received_date = self.received_date.isoformat()

        content = self.content

        recorded_by = self.recorded_by

        resolution: None | str
        resolution = self.resolution

        resolved_by: None | str
        resolved_by = self.resolved_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "received_date": received_date,
                "content": content,
                "recorded_by": recorded_by,
                "resolution": resolution,
                "resolved_by": resolved_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        content = d.pop("content")

        recorded_by = d.pop("recorded_by")

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolved_by = _parse_resolved_by(d.pop("resolved_by"))

        objection_public = cls(
            id=id,
            received_date=received_date,
            content=content,
            recorded_by=recorded_by,
            resolution=resolution,
            resolved_by=resolved_by,
        )

        objection_public.additional_properties = d
        return objection_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.need_status import NeedStatus, check_need_status

T = TypeVar("T", bound="NeedPublic")


@_attrs_define
class NeedPublic:
    """A need as organisations see it: no personal data, only the town.

    Attributes:
        id (int):
        region (str):
        region_name (str):
        title (str):
        description (str):
        status (NeedStatus): A need published to social organisations (社会力量参与).
        status_name (str):
        published_at (datetime.datetime):
        taken_by (None | str):
        taken_by_name (None | str):
        slip_id (int | None):
        slip_number (None | str):
    """

    id: int
    region: str
    region_name: str
    title: str
    description: str
    status: NeedStatus
    status_name: str
    published_at: datetime.datetime
    taken_by: None | str
    taken_by_name: None | str
    slip_id: int | None
    slip_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        region_name = self.region_name

        title = self.title

        description = self.description

        status: str = self.status

        status_name = self.status_name

        published_at = self.published_at.isoformat()

        taken_by: None | str
        taken_by = self.taken_by

        taken_by_name: None | str
        taken_by_name = self.taken_by_name

        slip_id: int | None
        slip_id = self.slip_id

        slip_number: None | str
        slip_number = self.slip_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "region_name": region_name,
                "title": title,
                "description": description,
                "status": status,
                "status_name": status_name,
                "published_at": published_at,
                "taken_by": taken_by,
                "taken_by_name": taken_by_name,
                "slip_id": slip_id,
                "slip_number": slip_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        region = d.pop("region")

        region_name = d.pop("region_name")

        title = d.pop("title")

        description = d.pop("description")

        status = check_need_status(d.pop("status"))

        status_name = d.pop("status_name")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        def _parse_taken_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taken_by = _parse_taken_by(d.pop("taken_by"))

        def _parse_taken_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taken_by_name = _parse_taken_by_name(d.pop("taken_by_name"))

        def _parse_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        slip_id = _parse_slip_id(d.pop("slip_id"))

        def _parse_slip_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slip_number = _parse_slip_number(d.pop("slip_number"))

        need_public = cls(
            id=id,
            region=region,
            region_name=region_name,
            title=title,
            description=description,
            status=status,
            status_name=status_name,
            published_at=published_at,
            taken_by=taken_by,
            taken_by_name=taken_by_name,
            slip_id=slip_id,
            slip_number=slip_number,
        )

        need_public.additional_properties = d
        return need_public

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

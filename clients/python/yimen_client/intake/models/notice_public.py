from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.missing_material_public import MissingMaterialPublic


T = TypeVar("T", bound="NoticePublic")


@_attrs_define
class NoticePublic:
    """The numbered one-time notice (一次性告知清单): every missing material, never changed after issue.

    Attributes:
        id (int):
        application_id (int):
        number (str):
        missing (list[MissingMaterialPublic]):
        provided (list[str]):
        issued_by (str):
        issued_by_name (str):
        issued_date (datetime.date):
        due_date (datetime.date): 告知期限：登记后5个工作日
        issued_at (datetime.datetime):
    """

    id: int
    application_id: int
    number: str
    missing: list[MissingMaterialPublic]
    provided: list[str]
    issued_by: str
    issued_by_name: str
    issued_date: datetime.date
    due_date: datetime.date
    issued_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        number = self.number

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        provided = self.provided

        issued_by = self.issued_by

        issued_by_name = self.issued_by_name

        issued_date = self.issued_date.isoformat()

        due_date = self.due_date.isoformat()

        issued_at = self.issued_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "number": number,
                "missing": missing,
                "provided": provided,
                "issued_by": issued_by,
                "issued_by_name": issued_by_name,
                "issued_date": issued_date,
                "due_date": due_date,
                "issued_at": issued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.missing_material_public import MissingMaterialPublic

        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        number = d.pop("number")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = MissingMaterialPublic.from_dict(missing_item_data)

            missing.append(missing_item)

        provided = cast(list[str], d.pop("provided"))

        issued_by = d.pop("issued_by")

        issued_by_name = d.pop("issued_by_name")

        issued_date = datetime.date.fromisoformat(d.pop("issued_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        notice_public = cls(
            id=id,
            application_id=application_id,
            number=number,
            missing=missing,
            provided=provided,
            issued_by=issued_by,
            issued_by_name=issued_by_name,
            issued_date=issued_date,
            due_date=due_date,
            issued_at=issued_at,
        )

        notice_public.additional_properties = d
        return notice_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SupplementPublic")


@_attrs_define
class SupplementPublic:
    """Materials brought after the notice (补正); `omitted` are those the notice failed to ask for.

    Attributes:
        id (int):
        application_id (int):
        seq (int):
        received_date (datetime.date):
        materials (list[str]):
        omitted (list[str]): 告知清单未列出的材料（告知遗漏）
        recorded_by (str):
        at (datetime.datetime):
    """

    id: int
    application_id: int
    seq: int
    received_date: datetime.date
    materials: list[str]
    omitted: list[str]
    recorded_by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        seq = self.seq

        received_date = self.received_date.isoformat()

        materials = self.materials

        omitted = self.omitted

        recorded_by = self.recorded_by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "seq": seq,
                "received_date": received_date,
                "materials": materials,
                "omitted": omitted,
                "recorded_by": recorded_by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        seq = d.pop("seq")

        received_date = datetime.date.fromisoformat(d.pop("received_date"))

        materials = cast(list[str], d.pop("materials"))

        omitted = cast(list[str], d.pop("omitted"))

        recorded_by = d.pop("recorded_by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        supplement_public = cls(
            id=id,
            application_id=application_id,
            seq=seq,
            received_date=received_date,
            materials=materials,
            omitted=omitted,
            recorded_by=recorded_by,
            at=at,
        )

        supplement_public.additional_properties = d
        return supplement_public

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

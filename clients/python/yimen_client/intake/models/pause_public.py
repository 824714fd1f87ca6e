from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pause_public_kind import PausePublicKind, check_pause_public_kind

T = TypeVar("T", bound="PausePublic")


@_attrs_define
class PausePublic:
    """A clock pause as the case page shows it.

    Attributes:
        id (int):
        application_id (int):
        kind (PausePublicKind):
        kind_name (str):
        reason (str):
        start_date (datetime.date):
        end_date (datetime.date | None): 空：仍在暂停中
        recorded_by (str):
        at (datetime.datetime):
    """

    id: int
    application_id: int
    kind: PausePublicKind
    kind_name: str
    reason: str
    start_date: datetime.date
    end_date: datetime.date | None
    recorded_by: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        kind: str = self.kind

        kind_name = self.kind_name

        reason = self.reason

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        recorded_by = self.recorded_by

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "kind": kind,
                "kind_name": kind_name,
                "reason": reason,
                "start_date": start_date,
                "end_date": end_date,
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

        kind = check_pause_public_kind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        reason = d.pop("reason")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        recorded_by = d.pop("recorded_by")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        pause_public = cls(
            id=id,
            application_id=application_id,
            kind=kind,
            kind_name=kind_name,
            reason=reason,
            start_date=start_date,
            end_date=end_date,
            recorded_by=recorded_by,
            at=at,
        )

        pause_public.additional_properties = d
        return pause_public

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

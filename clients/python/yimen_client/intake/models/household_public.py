from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.watch_reason import WatchReason, check_watch_reason

T = TypeVar("T", bound="HouseholdPublic")


@_attrs_define
class HouseholdPublic:
    """A household as field workers and supervisors see it (ID number masked).

    Attributes:
        id (int):
        region (str):
        community (str):
        head_name (str):
        id_number_masked (None | str):
        phone (str):
        address (str):
        situation (str):
        visits_per_week (int):
        watch (bool):
        watch_reason (None | WatchReason):
        watch_reason_name (None | str):
        watch_note (None | str):
        watch_since (datetime.date | None):
        last_visit_date (datetime.date | None):
        visits_this_week (int):
    """

    id: int
    region: str
    community: str
    head_name: str
    id_number_masked: None | str
    phone: str
    address: str
    situation: str
    visits_per_week: int
    watch: bool
    watch_reason: None | WatchReason
    watch_reason_name: None | str
    watch_note: None | str
    watch_since: datetime.date | None
    last_visit_date: datetime.date | None
    visits_this_week: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region

        community = self.community

        head_name = self.head_name

        id_number_masked: None | str
        id_number_masked = self.id_number_masked

        phone = self.phone

        address = self.address

        situation = self.situation

        visits_per_week = self.visits_per_week

        watch = self.watch

        watch_reason: None | str
        if isinstance(self.watch_reason, str):
            watch_reason = self.watch_reason
        else:
            watch_reason = self.watch_reason

        watch_reason_name: None | str
        watch_reason_name = self.watch_reason_name

        watch_note: None | str
        watch_note = self.watch_note

        watch_since: None | str
        if isinstance(self.watch_since, datetime.date):
            watch_since = self.watch_since.isoformat()
        else:
            watch_since = self.watch_since

        last_visit_date: None | str
        if isinstance(self.last_visit_date, datetime.date):
            last_visit_date = self.last_visit_date.isoformat()
        else:
            last_visit_date = self.last_visit_date

        visits_this_week = self.visits_this_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "community": community,
                "head_name": head_name,
                "id_number_masked": id_number_masked,
                "phone": phone,
                "address": address,
                "situation": situation,
                "visits_per_week": visits_per_week,
                "watch": watch,
                "watch_reason": watch_reason,
                "watch_reason_name": watch_reason_name,
                "watch_note": watch_note,
                "watch_since": watch_since,
                "last_visit_date": last_visit_date,
                "visits_this_week": visits_this_week,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        region = d.pop("region")

        community = d.pop("community")

        head_name = d.pop("head_name")

        def _parse_id_number_masked(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id_number_masked = _parse_id_number_masked(d.pop("id_number_masked"))

        phone = d.pop("phone")

        address = d.pop("address")

        situation = d.pop("situation")

        visits_per_week = d.pop("visits_per_week")

        watch = d.pop("watch")

        def _parse_watch_reason(data: object) -> None | WatchReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                watch_reason_type_0 = check_watch_reason(data)

                return watch_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WatchReason, data)

        watch_reason = _parse_watch_reason(d.pop("watch_reason"))

        def _parse_watch_reason_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        watch_reason_name = _parse_watch_reason_name(d.pop("watch_reason_name"))

        def _parse_watch_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        watch_note = _parse_watch_note(d.pop("watch_note"))

        def _parse_watch_since(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                watch_since_type_0 = datetime.date.fromisoformat(data)

                return watch_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        watch_since = _parse_watch_since(d.pop("watch_since"))

        def _parse_last_visit_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visit_date_type_0 = datetime.date.fromisoformat(data)

                return last_visit_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_visit_date = _parse_last_visit_date(d.pop("last_visit_date"))

        visits_this_week = d.pop("visits_this_week")

        household_public = cls(
            id=id,
            region=region,
            community=community,
            head_name=head_name,
            id_number_masked=id_number_masked,
            phone=phone,
            address=address,
            situation=situation,
            visits_per_week=visits_per_week,
            watch=watch,
            watch_reason=watch_reason,
            watch_reason_name=watch_reason_name,
            watch_note=watch_note,
            watch_since=watch_since,
            last_visit_date=last_visit_date,
            visits_this_week=visits_this_week,
        )

        household_public.additional_properties = d
        return household_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotVisited")


@_attrs_define
class NotVisited:
    """A household left unvisited too long (never, or the last visit before the cut-off).

    Attributes:
        household_id (int):
        head_name (str):
        community (str):
        region (str):
        watch (bool):
        visits_per_week (int):
        last_visit_date (datetime.date | None):
        days_since (int | None):
    """

    household_id: int
    head_name: str
    community: str
    region: str
    watch: bool
    visits_per_week: int
    last_visit_date: datetime.date | None
    days_since: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household_id = self.household_id

        head_name = self.head_name

        community = self.community

        region = self.region

        watch = self.watch

        visits_per_week = self.visits_per_week

        last_visit_date: None | str
        if isinstance(self.last_visit_date, datetime.date):
            last_visit_date = self.last_visit_date.isoformat()
        else:
            last_visit_date = self.last_visit_date

        days_since: int | None
        days_since = self.days_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household_id": household_id,
                "head_name": head_name,
                "community": community,
                "region": region,
                "watch": watch,
                "visits_per_week": visits_per_week,
                "last_visit_date": last_visit_date,
                "days_since": days_since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        household_id = d.pop("household_id")

        head_name = d.pop("head_name")

        community = d.pop("community")

        region = d.pop("region")

        watch = d.pop("watch")

        visits_per_week = d.pop("visits_per_week")

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

        def _parse_days_since(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        days_since = _parse_days_since(d.pop("days_since"))

        not_visited = cls(
            household_id=household_id,
            head_name=head_name,
            community=community,
            region=region,
            watch=watch,
            visits_per_week=visits_per_week,
            last_visit_date=last_visit_date,
            days_since=days_since,
        )

        not_visited.additional_properties = d
        return not_visited

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

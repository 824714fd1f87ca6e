from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_case_public import AuditCasePublic


T = TypeVar("T", bound="SamplePublic")


@_attrs_define
class SamplePublic:
    """A drawn sample: its inputs, who drew it, how many it was drawn from, and the cases in draw order.

    Attributes:
        id (int):
        seed (int):
        size (int):
        region (str):
        item_code (None | str):
        date_from (datetime.date | None):
        date_to (datetime.date | None):
        population (int):
        auditors (list[str]):
        drawn_by (str):
        drawn_by_name (str):
        drawn_at (datetime.datetime):
        cases (list[AuditCasePublic]):
    """

    id: int
    seed: int
    size: int
    region: str
    item_code: None | str
    date_from: datetime.date | None
    date_to: datetime.date | None
    population: int
    auditors: list[str]
    drawn_by: str
    drawn_by_name: str
    drawn_at: datetime.datetime
    cases: list[AuditCasePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seed = self.seed

        size = self.size

        region = self.region

        item_code: None | str
        item_code = self.item_code

        date_from: None | str
        if isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str
        if isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        population = self.population

        auditors = self.auditors

        drawn_by = self.drawn_by

        drawn_by_name = self.drawn_by_name

        drawn_at = self.drawn_at.isoformat()

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seed": seed,
                "size": size,
                "region": region,
                "item_code": item_code,
                "date_from": date_from,
                "date_to": date_to,
                "population": population,
                "auditors": auditors,
                "drawn_by": drawn_by,
                "drawn_by_name": drawn_by_name,
                "drawn_at": drawn_at,
                "cases": cases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_case_public import AuditCasePublic

        d = dict(src_dict)
        id = d.pop("id")

        seed = d.pop("seed")

        size = d.pop("size")

        region = d.pop("region")

        def _parse_item_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_code = _parse_item_code(d.pop("item_code"))

        def _parse_date_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_from_type_0 = datetime.date.fromisoformat(data)

                return date_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_from = _parse_date_from(d.pop("date_from"))

        def _parse_date_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_to_type_0 = datetime.date.fromisoformat(data)

                return date_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_to = _parse_date_to(d.pop("date_to"))

        population = d.pop("population")

        auditors = cast(list[str], d.pop("auditors"))

        drawn_by = d.pop("drawn_by")

        drawn_by_name = d.pop("drawn_by_name")

        drawn_at = datetime.datetime.fromisoformat(d.pop("drawn_at"))

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = AuditCasePublic.from_dict(cases_item_data)

            cases.append(cases_item)

        sample_public = cls(
            id=id,
            seed=seed,
            size=size,
            region=region,
            item_code=item_code,
            date_from=date_from,
            date_to=date_to,
            population=population,
            auditors=auditors,
            drawn_by=drawn_by,
            drawn_by_name=drawn_by_name,
            drawn_at=drawn_at,
            cases=cases,
        )

        sample_public.additional_properties = d
        return sample_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitPublic")


@_attrs_define
class VisitPublic:
    """A visit in the log.

    Attributes:
        id (int):
        household_id (int):
        household_name (str):
        community (str):
        region (str):
        visitor_username (str):
        visitor_name (str):
        visit_date (datetime.date):
        situation (str):
        risk_level (RiskLevel): How urgent a household's situation looked on a visit (民情走访日志).
        risk_name (str):
        photos (list[int]):
        application_id (int | None):
        consultation_id (int | None | Unset): 由走访登记的咨询（来访登记台账）
    """

    id: int
    household_id: int
    household_name: str
    community: str
    region: str
    visitor_username: str
    visitor_name: str
    visit_date: datetime.date
    situation: str
    risk_level: RiskLevel
    risk_name: str
    photos: list[int]
    application_id: int | None
    consultation_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        household_id = self.household_id

        household_name = self.household_name

        community = self.community

        region = self.region

        visitor_username = self.visitor_username

        visitor_name = self.visitor_name

        visit_date = self.visit_date.isoformat()

        situation = self.situation

        risk_level: str = self.risk_level

        risk_name = self.risk_name

        photos = self.photos

        application_id: int | None
        application_id = self.application_id

        consultation_id: int | None | Unset
        if isinstance(self.consultation_id, Unset):
            consultation_id = UNSET
        else:
            consultation_id = self.consultation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "household_id": household_id,
                "household_name": household_name,
                "community": community,
                "region": region,
                "visitor_username": visitor_username,
                "visitor_name": visitor_name,
                "visit_date": visit_date,
                "situation": situation,
                "risk_level": risk_level,
                "risk_name": risk_name,
                "photos": photos,
                "application_id": application_id,
            }
        )
        if consultation_id is not UNSET:
            field_dict["consultation_id"] = consultation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        household_id = d.pop("household_id")

        household_name = d.pop("household_name")

        community = d.pop("community")

        region = d.pop("region")

        visitor_username = d.pop("visitor_username")

        visitor_name = d.pop("visitor_name")

        visit_date = datetime.date.fromisoformat(d.pop("visit_date"))

        situation = d.pop("situation")

        risk_level = check_risk_level(d.pop("risk_level"))

        risk_name = d.pop("risk_name")

        photos = cast(list[int], d.pop("photos"))

        def _parse_application_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        application_id = _parse_application_id(d.pop("application_id"))

        def _parse_consultation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        consultation_id = _parse_consultation_id(d.pop("consultation_id", UNSET))

        visit_public = cls(
            id=id,
            household_id=household_id,
            household_name=household_name,
            community=community,
            region=region,
            visitor_username=visitor_username,
            visitor_name=visitor_name,
            visit_date=visit_date,
            situation=situation,
            risk_level=risk_level,
            risk_name=risk_name,
            photos=photos,
            application_id=application_id,
            consultation_id=consultation_id,
        )

        visit_public.additional_properties = d
        return visit_public

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

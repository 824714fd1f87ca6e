from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel, check_risk_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitCreate")


@_attrs_define
class VisitCreate:
    """One visit: date, what was found, risk level (a photo is uploaded after, to the visit).

    Attributes:
        household_id (int):
        situation (str):
        visit_date (datetime.date | None | Unset):
        risk_level (RiskLevel | Unset): How urgent a household's situation looked on a visit (民情走访日志).
    """

    household_id: int
    situation: str
    visit_date: datetime.date | None | Unset = UNSET
    risk_level: RiskLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        household_id = self.household_id

        situation = self.situation

        visit_date: None | str | Unset
        if isinstance(self.visit_date, Unset):
            visit_date = UNSET
        elif isinstance(self.visit_date, datetime.date):
            visit_date = self.visit_date.isoformat()
        else:
            visit_date = self.visit_date

        risk_level: str | Unset = UNSET
        if not isinstance(self.risk_level, Unset):
            risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "household_id": household_id,
                "situation": situation,
            }
        )
        if visit_date is not UNSET:
            field_dict["visit_date"] = visit_date
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        household_id = d.pop("household_id")

        situation = d.pop("situation")

        def _parse_visit_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visit_date_type_0 = datetime.date.fromisoformat(data)

                return visit_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        visit_date = _parse_visit_date(d.pop("visit_date", UNSET))

        _risk_level = d.pop("risk_level", UNSET)
        risk_level: RiskLevel | Unset
        if isinstance(_risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = check_risk_level(_risk_level)

        visit_create = cls(
            household_id=household_id,
            situation=situation,
            visit_date=visit_date,
            risk_level=risk_level,
        )

        visit_create.additional_properties = d
        return visit_create

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

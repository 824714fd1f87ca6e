from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CapStatus")


@_attrs_define
class CapStatus:
    """A household's 临时救助 this calendar year against the caps in force (money in yuan strings).

    Attributes:
        item_code (str):
        year (int):
        case_id (int):
        grants_this_year (int): 已救助次数（一个案件计一次，先行救助与救助发放同案只计一次）
        granted_amount_this_year (str): 已救助金额（含先行救助）
        emergency_aid_this_year (str): 其中先行救助金额
        this_case_counted (bool): 本案件已计入本年度次数（再发放不增加次数）
        max_grants_per_year (int):
        annual_cap (str):
        remaining_grants (int):
        remaining_amount (str):
        may_grant (bool): 本案件还能否再登记救助
        max_grants_from (datetime.date):
        annual_cap_from (datetime.date):
        rule (str):
    """

    item_code: str
    year: int
    case_id: int
    grants_this_year: int
    granted_amount_this_year: str
    emergency_aid_this_year: str
    this_case_counted: bool
    max_grants_per_year: int
    annual_cap: str
    remaining_grants: int
    remaining_amount: str
    may_grant: bool
    max_grants_from: datetime.date
    annual_cap_from: datetime.date
    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        year = self.year

        case_id = self.case_id

        grants_this_year = self.grants_this_year

        granted_amount_this_year = self.granted_amount_this_year

        emergency_aid_this_year = self.emergency_aid_this_year

        this_case_counted = self.this_case_counted

        max_grants_per_year = self.max_grants_per_year

        annual_cap = self.annual_cap

        remaining_grants = self.remaining_grants

        remaining_amount = self.remaining_amount

        may_grant = self.may_grant

        max_grants_from = self.max_grants_from.isoformat()

        annual_cap_from = self.annual_cap_from.isoformat()

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "year": year,
                "case_id": case_id,
                "grants_this_year": grants_this_year,
                "granted_amount_this_year": granted_amount_this_year,
                "emergency_aid_this_year": emergency_aid_this_year,
                "this_case_counted": this_case_counted,
                "max_grants_per_year": max_grants_per_year,
                "annual_cap": annual_cap,
                "remaining_grants": remaining_grants,
                "remaining_amount": remaining_amount,
                "may_grant": may_grant,
                "max_grants_from": max_grants_from,
                "annual_cap_from": annual_cap_from,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        year = d.pop("year")

        case_id = d.pop("case_id")

        grants_this_year = d.pop("grants_this_year")

        granted_amount_this_year = d.pop("granted_amount_this_year")

        emergency_aid_this_year = d.pop("emergency_aid_this_year")

        this_case_counted = d.pop("this_case_counted")

        max_grants_per_year = d.pop("max_grants_per_year")

        annual_cap = d.pop("annual_cap")

        remaining_grants = d.pop("remaining_grants")

        remaining_amount = d.pop("remaining_amount")

        may_grant = d.pop("may_grant")

        max_grants_from = datetime.date.fromisoformat(d.pop("max_grants_from"))

        annual_cap_from = datetime.date.fromisoformat(d.pop("annual_cap_from"))

        rule = d.pop("rule")

        cap_status = cls(
            item_code=item_code,
            year=year,
            case_id=case_id,
            grants_this_year=grants_this_year,
            granted_amount_this_year=granted_amount_this_year,
            emergency_aid_this_year=emergency_aid_this_year,
            this_case_counted=this_case_counted,
            max_grants_per_year=max_grants_per_year,
            annual_cap=annual_cap,
            remaining_grants=remaining_grants,
            remaining_amount=remaining_amount,
            may_grant=may_grant,
            max_grants_from=max_grants_from,
            annual_cap_from=annual_cap_from,
            rule=rule,
        )

        cap_status.additional_properties = d
        return cap_status

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

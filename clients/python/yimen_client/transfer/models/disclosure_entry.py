from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DisclosureEntry")


@_attrs_define
class DisclosureEntry:
    """One approved grant as disclosed (公示): the item, where, when, how much, the masked name.

    Attributes:
        grant_id (int): 公示条目编号（提出异议时引用）
        item_code (str):
        item_name (str):
        street (str):
        street_name (str):
        community (None | str): 村（社区）；登记时未填为空
        month (str):
        amount (str): 金额（元）
        name (str): 姓名（脱敏）
    """

    grant_id: int
    item_code: str
    item_name: str
    street: str
    street_name: str
    community: None | str
    month: str
    amount: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_id = self.grant_id

        item_code = self.item_code

        item_name = self.item_name

        street = self.street

        street_name = self.street_name

        community: None | str
        community = self.community

        month = self.month

        amount = self.amount

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_id": grant_id,
                "item_code": item_code,
                "item_name": item_name,
                "street": street,
                "street_name": street_name,
                "community": community,
                "month": month,
                "amount": amount,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grant_id = d.pop("grant_id")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        street = d.pop("street")

        street_name = d.pop("street_name")

        def _parse_community(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        community = _parse_community(d.pop("community"))

        month = d.pop("month")

        amount = d.pop("amount")

        name = d.pop("name")

        disclosure_entry = cls(
            grant_id=grant_id,
            item_code=item_code,
            item_name=item_name,
            street=street,
            street_name=street_name,
            community=community,
            month=month,
            amount=amount,
            name=name,
        )

        disclosure_entry.additional_properties = d
        return disclosure_entry

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

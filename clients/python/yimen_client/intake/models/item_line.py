from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemLine")


@_attrs_define
class ItemLine:
    """Cases of one item in the period.

    Attributes:
        item_code (str):
        item_name (str):
        received (int): 本期登记
        accepted (int): 本期受理
        concluded (int): 本期办结
        overdue (int): 期末逾期未办结
    """

    item_code: str
    item_name: str
    received: int
    accepted: int
    concluded: int
    overdue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        item_name = self.item_name

        received = self.received

        accepted = self.accepted

        concluded = self.concluded

        overdue = self.overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "item_name": item_name,
                "received": received,
                "accepted": accepted,
                "concluded": concluded,
                "overdue": overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        received = d.pop("received")

        accepted = d.pop("accepted")

        concluded = d.pop("concluded")

        overdue = d.pop("overdue")

        item_line = cls(
            item_code=item_code,
            item_name=item_name,
            received=received,
            accepted=accepted,
            concluded=concluded,
            overdue=overdue,
        )

        item_line.additional_properties = d
        return item_line

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

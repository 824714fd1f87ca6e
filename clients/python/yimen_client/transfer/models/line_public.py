from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LinePublic")


@_attrs_define
class LinePublic:
    """
    Attributes:
        id (int):
        payment_id (int):
        reference (str):
        account (str):
        name (str):
        amount (str):
        result (str):
        result_name (str):
        reason (str):
    """

    id: int
    payment_id: int
    reference: str
    account: str
    name: str
    amount: str
    result: str
    result_name: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_id = self.payment_id

        reference = self.reference

        account = self.account

        name = self.name

        amount = self.amount

        result = self.result

        result_name = self.result_name

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "payment_id": payment_id,
                "reference": reference,
                "account": account,
                "name": name,
                "amount": amount,
                "result": result,
                "result_name": result_name,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        payment_id = d.pop("payment_id")

        reference = d.pop("reference")

        account = d.pop("account")

        name = d.pop("name")

        amount = d.pop("amount")

        result = d.pop("result")

        result_name = d.pop("result_name")

        reason = d.pop("reason")

        line_public = cls(
            id=id,
            payment_id=payment_id,
            reference=reference,
            account=account,
            name=name,
            amount=amount,
            result=result,
            result_name=result_name,
            reason=reason,
        )

        line_public.additional_properties = d
        return line_public

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

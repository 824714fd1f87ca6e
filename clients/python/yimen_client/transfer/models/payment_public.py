from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentPublic")


@_attrs_define
class PaymentPublic:
    """
    Attributes:
        id (int):
        reference (str):
        street_region (str):
        item_code (str):
        month (str):
        source (str):
        payee_name (str):
        payee_id_number (str): 脱敏
        account (str):
        amount (str):
        status (str):
        status_name (str):
        failure_reason (str):
        attempts (int):
        paid_on (datetime.date | None):
        slip_id (int | None):
    """

    id: int
    reference: str
    street_region: str
    item_code: str
    month: str
    source: str
    payee_name: str
    payee_id_number: str
    account: str
    amount: str
    status: str
    status_name: str
    failure_reason: str
    attempts: int
    paid_on: datetime.date | None
    slip_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        street_region = self.street_region

        item_code = self.item_code

        month = self.month

        source = self.source

        payee_name = self.payee_name

        payee_id_number = self.payee_id_number

        account = self.account

        amount = self.amount

        status = self.status

        status_name = self.status_name

        failure_reason = self.failure_reason

        attempts = self.attempts

        paid_on: None | str
        if isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        slip_id: int | None
        slip_id = self.slip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "street_region": street_region,
                "item_code": item_code,
                "month": month,
                "source": source,
                "payee_name": payee_name,
                "payee_id_number": payee_id_number,
                "account": account,
                "amount": amount,
                "status": status,
                "status_name": status_name,
                "failure_reason": failure_reason,
                "attempts": attempts,
                "paid_on": paid_on,
                "slip_id": slip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        reference = d.pop("reference")

        street_region = d.pop("street_region")

        item_code = d.pop("item_code")

        month = d.pop("month")

        source = d.pop("source")

        payee_name = d.pop("payee_name")

        payee_id_number = d.pop("payee_id_number")

        account = d.pop("account")

        amount = d.pop("amount")

        status = d.pop("status")

        status_name = d.pop("status_name")

        failure_reason = d.pop("failure_reason")

        attempts = d.pop("attempts")

        def _parse_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paid_on = _parse_paid_on(d.pop("paid_on"))

        def _parse_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        slip_id = _parse_slip_id(d.pop("slip_id"))

        payment_public = cls(
            id=id,
            reference=reference,
            street_region=street_region,
            item_code=item_code,
            month=month,
            source=source,
            payee_name=payee_name,
            payee_id_number=payee_id_number,
            account=account,
            amount=amount,
            status=status,
            status_name=status_name,
            failure_reason=failure_reason,
            attempts=attempts,
            paid_on=paid_on,
            slip_id=slip_id,
        )

        payment_public.additional_properties = d
        return payment_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipient_public_facts import RecipientPublicFacts


T = TypeVar("T", bound="RecipientPublic")


@_attrs_define
class RecipientPublic:
    """
    Attributes:
        id (int):
        slip_id (int):
        case_number (str):
        street_region (str):
        item_code (str):
        item_name (str):
        head_name (str):
        head_id_number (str): 脱敏
        members (list[str]): 脱敏
        account (str):
        amount (str):
        start_month (str):
        end_month (None | str):
        status (str):
        status_name (str):
        facts (RecipientPublicFacts):
        facts_updated_on (datetime.date | None):
        stop_reason (str):
    """

    id: int
    slip_id: int
    case_number: str
    street_region: str
    item_code: str
    item_name: str
    head_name: str
    head_id_number: str
    members: list[str]
    account: str
    amount: str
    start_month: str
    end_month: None | str
    status: str
    status_name: str
    facts: RecipientPublicFacts
    facts_updated_on: datetime.date | None
    stop_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slip_id = self.slip_id

        case_number = self.case_number

        street_region = self.street_region

        item_code = self.item_code

        item_name = self.item_name

        head_name = self.head_name

        head_id_number = self.head_id_number

        members = self.members

        account = self.account

        amount = self.amount

        start_month = self.start_month

        end_month: None | str
        end_month = self.end_month

        status = self.status

        status_name = self.status_name

        facts = self.facts.to_dict()

        facts_updated_on: None | str
        if isinstance(self.facts_updated_on, datetime.date):
            facts_updated_on = self.facts_updated_on.isoformat()
        else:
            facts_updated_on = self.facts_updated_on

        stop_reason = self.stop_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slip_id": slip_id,
                "case_number": case_number,
                "street_region": street_region,
                "item_code": item_code,
                "item_name": item_name,
                "head_name": head_name,
                "head_id_number": head_id_number,
                "members": members,
                "account": account,
                "amount": amount,
                "start_month": start_month,
                "end_month": end_month,
                "status": status,
                "status_name": status_name,
                "facts": facts,
                "facts_updated_on": facts_updated_on,
                "stop_reason": stop_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_public_facts import RecipientPublicFacts

        d = dict(src_dict)
        id = d.pop("id")

        slip_id = d.pop("slip_id")

        case_number = d.pop("case_number")

        street_region = d.pop("street_region")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        head_name = d.pop("head_name")

        head_id_number = d.pop("head_id_number")

        members = cast(list[str], d.pop("members"))

        account = d.pop("account")

        amount = d.pop("amount")

        start_month = d.pop("start_month")

        def _parse_end_month(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_month = _parse_end_month(d.pop("end_month"))

        status = d.pop("status")

        status_name = d.pop("status_name")

        facts = RecipientPublicFacts.from_dict(d.pop("facts"))

        def _parse_facts_updated_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facts_updated_on_type_0 = datetime.date.fromisoformat(data)

                return facts_updated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        facts_updated_on = _parse_facts_updated_on(d.pop("facts_updated_on"))

        stop_reason = d.pop("stop_reason")

        recipient_public = cls(
            id=id,
            slip_id=slip_id,
            case_number=case_number,
            street_region=street_region,
            item_code=item_code,
            item_name=item_name,
            head_name=head_name,
            head_id_number=head_id_number,
            members=members,
            account=account,
            amount=amount,
            start_month=start_month,
            end_month=end_month,
            status=status,
            status_name=status_name,
            facts=facts,
            facts_updated_on=facts_updated_on,
            stop_reason=stop_reason,
        )

        recipient_public.additional_properties = d
        return recipient_public

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

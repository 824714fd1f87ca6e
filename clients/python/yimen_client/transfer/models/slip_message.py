from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_message_type import SlipMessageType, check_slip_message_type

if TYPE_CHECKING:
    from ..models.slip_message_data import SlipMessageData


T = TypeVar("T", bound="SlipMessage")


@_attrs_define
class SlipMessage:
    """Standard Webhooks envelope; headers webhook-id, webhook-timestamp, webhook-signature (v1, HMAC-SHA256).

    Attributes:
        type_ (SlipMessageType):
        timestamp (str):
        data (SlipMessageData): Thin payload: identifiers and links only, never ID numbers or incomes.
    """

    type_: SlipMessageType
    timestamp: str
    data: SlipMessageData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        timestamp = self.timestamp

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.slip_message_data import SlipMessageData

        d = dict(src_dict)
        type_ = check_slip_message_type(d.pop("type"))

        timestamp = d.pop("timestamp")

        data = SlipMessageData.from_dict(d.pop("data"))

        slip_message = cls(
            type_=type_,
            timestamp=timestamp,
            data=data,
        )

        slip_message.additional_properties = d
        return slip_message

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

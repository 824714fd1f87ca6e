from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delivery_attempt import DeliveryAttempt
    from ..models.message_state import MessageState


T = TypeVar("T", bound="SlipDeliveries")


@_attrs_define
class SlipDeliveries:
    """A slip's webhook messages and every attempt to deliver them.

    Attributes:
        slip_id (int):
        messages (list[MessageState]):
        attempts (list[DeliveryAttempt]):
    """

    slip_id: int
    messages: list[MessageState]
    attempts: list[DeliveryAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slip_id = self.slip_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slip_id": slip_id,
                "messages": messages,
                "attempts": attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_attempt import DeliveryAttempt
        from ..models.message_state import MessageState

        d = dict(src_dict)
        slip_id = d.pop("slip_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageState.from_dict(messages_item_data)

            messages.append(messages_item)

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = DeliveryAttempt.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        slip_deliveries = cls(
            slip_id=slip_id,
            messages=messages,
            attempts=attempts,
        )

        slip_deliveries.additional_properties = d
        return slip_deliveries

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_state_status import MessageStateStatus, check_message_state_status

T = TypeVar("T", bound="MessageState")


@_attrs_define
class MessageState:
    """A queued webhook message and where it stands.

    Attributes:
        outbox_id (int):
        webhook_id (str):
        event_type (str):
        status (MessageStateStatus):
        attempts (int):
        next_attempt_at (datetime.datetime):
        last_error (None | str):
    """

    outbox_id: int
    webhook_id: str
    event_type: str
    status: MessageStateStatus
    attempts: int
    next_attempt_at: datetime.datetime
    last_error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outbox_id = self.outbox_id

        webhook_id = self.webhook_id

        event_type = self.event_type

        status: str = self.status

        attempts = self.attempts

        next_attempt_at = self.next_attempt_at.isoformat()

        last_error: None | str
        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outbox_id": outbox_id,
                "webhook_id": webhook_id,
                "event_type": event_type,
                "status": status,
                "attempts": attempts,
                "next_attempt_at": next_attempt_at,
                "last_error": last_error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outbox_id = d.pop("outbox_id")

        webhook_id = d.pop("webhook_id")

        event_type = d.pop("event_type")

        status = check_message_state_status(d.pop("status"))

        attempts = d.pop("attempts")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        message_state = cls(
            outbox_id=outbox_id,
            webhook_id=webhook_id,
            event_type=event_type,
            status=status,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            last_error=last_error,
        )

        message_state.additional_properties = d
        return message_state

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_attempt_outcome import (
    DeliveryAttemptOutcome,
    check_delivery_attempt_outcome,
)

T = TypeVar("T", bound="DeliveryAttempt")


@_attrs_define
class DeliveryAttempt:
    """One push of a slip message to a partner system.

    Attributes:
        outbox_id (int):
        event_type (str):
        department_id (str):
        attempt (int):
        at (datetime.datetime):
        status_code (int | None):
        latency_ms (int | None):
        outcome (DeliveryAttemptOutcome):
        error (None | str):
    """

    outbox_id: int
    event_type: str
    department_id: str
    attempt: int
    at: datetime.datetime
    status_code: int | None
    latency_ms: int | None
    outcome: DeliveryAttemptOutcome
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outbox_id = self.outbox_id

        event_type = self.event_type

        department_id = self.department_id

        attempt = self.attempt

        at = self.at.isoformat()

        status_code: int | None
        status_code = self.status_code

        latency_ms: int | None
        latency_ms = self.latency_ms

        outcome: str = self.outcome

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outbox_id": outbox_id,
                "event_type": event_type,
                "department_id": department_id,
                "attempt": attempt,
                "at": at,
                "status_code": status_code,
                "latency_ms": latency_ms,
                "outcome": outcome,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outbox_id = d.pop("outbox_id")

        event_type = d.pop("event_type")

        department_id = d.pop("department_id")

        attempt = d.pop("attempt")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        def _parse_latency_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms"))

        outcome = check_delivery_attempt_outcome(d.pop("outcome"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        delivery_attempt = cls(
            outbox_id=outbox_id,
            event_type=event_type,
            department_id=department_id,
            attempt=attempt,
            at=at,
            status_code=status_code,
            latency_ms=latency_ms,
            outcome=outcome,
            error=error,
        )

        delivery_attempt.additional_properties = d
        return delivery_attempt

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

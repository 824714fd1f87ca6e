from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status

T = TypeVar("T", bound="EventReceipt")


@_attrs_define
class EventReceipt:
    """Whether the event was new (false: already recorded), and the case's status after it.

    Attributes:
        recorded (bool):
        status (ApplicationStatus): An application's place in the one-door procedure.
    """

    recorded: bool
    status: ApplicationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recorded = self.recorded

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recorded": recorded,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        recorded = d.pop("recorded")

        status = check_application_status(d.pop("status"))

        event_receipt = cls(
            recorded=recorded,
            status=status,
        )

        event_receipt.additional_properties = d
        return event_receipt

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

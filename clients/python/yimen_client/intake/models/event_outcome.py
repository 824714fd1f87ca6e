from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_problem import EventProblem


T = TypeVar("T", bound="EventOutcome")


@_attrs_define
class EventOutcome:
    """One event of a batch: recorded (false: already recorded), the case's status after it, or its error.

    Attributes:
        event_id (str):
        application_id (int):
        recorded (bool):
        status (ApplicationStatus | None | Unset): 空：该事件出错（见 error）
        error (EventProblem | None | Unset): 出错时：同单条回传时的错误（状态码、说明）
    """

    event_id: str
    application_id: int
    recorded: bool
    status: ApplicationStatus | None | Unset = UNSET
    error: EventProblem | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_problem import EventProblem

        event_id = self.event_id

        application_id = self.application_id

        recorded = self.recorded

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EventProblem):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "application_id": application_id,
                "recorded": recorded,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_problem import EventProblem

        d = dict(src_dict)
        event_id = d.pop("event_id")

        application_id = d.pop("application_id")

        recorded = d.pop("recorded")

        def _parse_status(data: object) -> ApplicationStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_application_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_error(data: object) -> EventProblem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EventProblem.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventProblem | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        event_outcome = cls(
            event_id=event_id,
            application_id=application_id,
            recorded=recorded,
            status=status,
            error=error,
        )

        event_outcome.additional_properties = d
        return event_outcome

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

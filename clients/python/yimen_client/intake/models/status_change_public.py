from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status

T = TypeVar("T", bound="StatusChangePublic")


@_attrs_define
class StatusChangePublic:
    """One step of the audited status history.

    Attributes:
        id (int):
        application_id (int):
        from_status (ApplicationStatus | None):
        from_name (str):
        to_status (ApplicationStatus): An application's place in the one-door procedure.
        to_name (str):
        actor (str):
        actor_name (str):
        reason (str):
        at (datetime.datetime):
    """

    id: int
    application_id: int
    from_status: ApplicationStatus | None
    from_name: str
    to_status: ApplicationStatus
    to_name: str
    actor: str
    actor_name: str
    reason: str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        from_status: None | str
        if isinstance(self.from_status, str):
            from_status = self.from_status
        else:
            from_status = self.from_status

        from_name = self.from_name

        to_status: str = self.to_status

        to_name = self.to_name

        actor = self.actor

        actor_name = self.actor_name

        reason = self.reason

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "from_status": from_status,
                "from_name": from_name,
                "to_status": to_status,
                "to_name": to_name,
                "actor": actor,
                "actor_name": actor_name,
                "reason": reason,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        def _parse_from_status(data: object) -> ApplicationStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = check_application_status(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationStatus | None, data)

        from_status = _parse_from_status(d.pop("from_status"))

        from_name = d.pop("from_name")

        to_status = check_application_status(d.pop("to_status"))

        to_name = d.pop("to_name")

        actor = d.pop("actor")

        actor_name = d.pop("actor_name")

        reason = d.pop("reason")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        status_change_public = cls(
            id=id,
            application_id=application_id,
            from_status=from_status,
            from_name=from_name,
            to_status=to_status,
            to_name=to_name,
            actor=actor,
            actor_name=actor_name,
            reason=reason,
            at=at,
        )

        status_change_public.additional_properties = d
        return status_change_public

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

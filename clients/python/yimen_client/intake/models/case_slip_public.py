from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_event_kind import CaseEventKind, check_case_event_kind
from ..models.slip_kind import SlipKind, check_slip_kind

T = TypeVar("T", bound="CaseSlipPublic")


@_attrs_define
class CaseSlipPublic:
    """A slip transfer issued for this case, with the last thing that happened to it.

    Attributes:
        id (int):
        application_id (int):
        slip_id (int):
        number (str):
        kind (None | SlipKind): 空：事件先于移交记录到达
        kind_name (str):
        receiver_name (str):
        last_event (CaseEventKind): What transfer tells intake about a case; each becomes a line of the case's timeline.
        last_event_name (str):
        updated_at (datetime.datetime):
    """

    id: int
    application_id: int
    slip_id: int
    number: str
    kind: None | SlipKind
    kind_name: str
    receiver_name: str
    last_event: CaseEventKind
    last_event_name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        application_id = self.application_id

        slip_id = self.slip_id

        number = self.number

        kind: None | str
        if isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        kind_name = self.kind_name

        receiver_name = self.receiver_name

        last_event: str = self.last_event

        last_event_name = self.last_event_name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "application_id": application_id,
                "slip_id": slip_id,
                "number": number,
                "kind": kind,
                "kind_name": kind_name,
                "receiver_name": receiver_name,
                "last_event": last_event,
                "last_event_name": last_event_name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        application_id = d.pop("application_id")

        slip_id = d.pop("slip_id")

        number = d.pop("number")

        def _parse_kind(data: object) -> None | SlipKind:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = check_slip_kind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlipKind, data)

        kind = _parse_kind(d.pop("kind"))

        kind_name = d.pop("kind_name")

        receiver_name = d.pop("receiver_name")

        last_event = check_case_event_kind(d.pop("last_event"))

        last_event_name = d.pop("last_event_name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        case_slip_public = cls(
            id=id,
            application_id=application_id,
            slip_id=slip_id,
            number=number,
            kind=kind,
            kind_name=kind_name,
            receiver_name=receiver_name,
            last_event=last_event,
            last_event_name=last_event_name,
            updated_at=updated_at,
        )

        case_slip_public.additional_properties = d
        return case_slip_public

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

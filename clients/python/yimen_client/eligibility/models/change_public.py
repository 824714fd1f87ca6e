from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshot import Snapshot


T = TypeVar("T", bound="ChangePublic")


@_attrs_define
class ChangePublic:
    """One versioned change: who, when, what (before and after).

    Attributes:
        id (int):
        entity_type (str):
        entity_key (str):
        version (int):
        action (str):
        changed_by (str):
        changed_at (datetime.datetime):
        note (str | Unset):  Default: ''.
        before (None | Snapshot | Unset):
        after (None | Snapshot | Unset):
    """

    id: int
    entity_type: str
    entity_key: str
    version: int
    action: str
    changed_by: str
    changed_at: datetime.datetime
    note: str | Unset = ""
    before: None | Snapshot | Unset = UNSET
    after: None | Snapshot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot import Snapshot

        id = self.id

        entity_type = self.entity_type

        entity_key = self.entity_key

        version = self.version

        action = self.action

        changed_by = self.changed_by

        changed_at = self.changed_at.isoformat()

        note = self.note

        before: dict[str, Any] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, Snapshot):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, Snapshot):
            after = self.after.to_dict()
        else:
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity_type": entity_type,
                "entity_key": entity_key,
                "version": version,
                "action": action,
                "changed_by": changed_by,
                "changed_at": changed_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snapshot import Snapshot

        d = dict(src_dict)
        id = d.pop("id")

        entity_type = d.pop("entity_type")

        entity_key = d.pop("entity_key")

        version = d.pop("version")

        action = d.pop("action")

        changed_by = d.pop("changed_by")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        note = d.pop("note", UNSET)

        def _parse_before(data: object) -> None | Snapshot | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = Snapshot.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Snapshot | Unset, data)

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(data: object) -> None | Snapshot | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = Snapshot.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Snapshot | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        change_public = cls(
            id=id,
            entity_type=entity_type,
            entity_key=entity_key,
            version=version,
            action=action,
            changed_by=changed_by,
            changed_at=changed_at,
            note=note,
            before=before,
            after=after,
        )

        change_public.additional_properties = d
        return change_public

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckRequestIn")


@_attrs_define
class CheckRequestIn:
    """A 核对 request to the checking body; the district's own by default.

    Attributes:
        receiver_id (None | str | Unset):
        note (str | Unset):  Default: ''.
    """

    receiver_id: None | str | Unset = UNSET
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver_id: None | str | Unset
        if isinstance(self.receiver_id, Unset):
            receiver_id = UNSET
        else:
            receiver_id = self.receiver_id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_id is not UNSET:
            field_dict["receiver_id"] = receiver_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_receiver_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_id = _parse_receiver_id(d.pop("receiver_id", UNSET))

        note = d.pop("note", UNSET)

        check_request_in = cls(
            receiver_id=receiver_id,
            note=note,
        )

        check_request_in.additional_properties = d
        return check_request_in

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

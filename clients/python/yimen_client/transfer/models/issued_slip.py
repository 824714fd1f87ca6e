from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_kind import SlipKind, check_slip_kind

T = TypeVar("T", bound="IssuedSlip")


@_attrs_define
class IssuedSlip:
    """A slip just issued: its id, number, kind and receiver.

    Attributes:
        id (int):
        number (str):
        kind (SlipKind): The five slips of DESIGN §3 (seed 003), labelled with the slip's full title.
        receiver_id (str):
        receiver_name (str):
    """

    id: int
    number: str
    kind: SlipKind
    receiver_id: str
    receiver_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        kind: str = self.kind

        receiver_id = self.receiver_id

        receiver_name = self.receiver_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "kind": kind,
                "receiver_id": receiver_id,
                "receiver_name": receiver_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        kind = check_slip_kind(d.pop("kind"))

        receiver_id = d.pop("receiver_id")

        receiver_name = d.pop("receiver_name")

        issued_slip = cls(
            id=id,
            number=number,
            kind=kind,
            receiver_id=receiver_id,
            receiver_name=receiver_name,
        )

        issued_slip.additional_properties = d
        return issued_slip

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

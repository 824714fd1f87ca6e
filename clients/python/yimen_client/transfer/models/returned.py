from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Returned")


@_attrs_define
class Returned:
    """退回: not ours to handle, with the reason; the sender re-routes.

    Attributes:
        type_ (Literal['returned']):
        reason (str):
        handler (str | Unset):  Default: ''.
    """

    type_: Literal["returned"]
    reason: str
    handler: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reason = self.reason

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "reason": reason,
            }
        )
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["returned"], d.pop("type"))
        if type_ != "returned":
            raise ValueError(f"type must match const 'returned', got '{type_}'")

        reason = d.pop("reason")

        handler = d.pop("handler", UNSET)

        returned = cls(
            type_=type_,
            reason=reason,
            handler=handler,
        )

        returned.additional_properties = d
        return returned

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

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

T = TypeVar("T", bound="Acknowledged")


@_attrs_define
class Acknowledged:
    """签收: the receiver has the slip (its receipt starts the 3-working-day opinion clock).

    Attributes:
        type_ (Literal['acknowledged']):
        handler (str | Unset):  Default: ''.
    """

    type_: Literal["acknowledged"]
    handler: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["acknowledged"], d.pop("type"))
        if type_ != "acknowledged":
            raise ValueError(f"type must match const 'acknowledged', got '{type_}'")

        handler = d.pop("handler", UNSET)

        acknowledged = cls(
            type_=type_,
            handler=handler,
        )

        acknowledged.additional_properties = d
        return acknowledged

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

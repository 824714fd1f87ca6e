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

T = TypeVar("T", bound="Opinion")


@_attrs_define
class Opinion:
    """办理意见: the receiver's opinion, due within 3 working days of receipt.

    Attributes:
        type_ (Literal['opinion']):
        opinion (str):
        handler (str | Unset):  Default: ''.
    """

    type_: Literal["opinion"]
    opinion: str
    handler: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        opinion = self.opinion

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "opinion": opinion,
            }
        )
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["opinion"], d.pop("type"))
        if type_ != "opinion":
            raise ValueError(f"type must match const 'opinion', got '{type_}'")

        opinion = d.pop("opinion")

        handler = d.pop("handler", UNSET)

        opinion = cls(
            type_=type_,
            opinion=opinion,
            handler=handler,
        )

        opinion.additional_properties = d
        return opinion

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

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

T = TypeVar("T", bound="Feedback")


@_attrs_define
class Feedback:
    """反馈: to the applicant and to the window, signed by the receiving department's head.

    Attributes:
        type_ (Literal['feedback']):
        to_applicant (str):
        to_window (str):
        signed_by (str): 签字的承办部门负责人
        handler (str | Unset):  Default: ''.
    """

    type_: Literal["feedback"]
    to_applicant: str
    to_window: str
    signed_by: str
    handler: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        to_applicant = self.to_applicant

        to_window = self.to_window

        signed_by = self.signed_by

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "to_applicant": to_applicant,
                "to_window": to_window,
                "signed_by": signed_by,
            }
        )
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["feedback"], d.pop("type"))
        if type_ != "feedback":
            raise ValueError(f"type must match const 'feedback', got '{type_}'")

        to_applicant = d.pop("to_applicant")

        to_window = d.pop("to_window")

        signed_by = d.pop("signed_by")

        handler = d.pop("handler", UNSET)

        feedback = cls(
            type_=type_,
            to_applicant=to_applicant,
            to_window=to_window,
            signed_by=signed_by,
            handler=handler,
        )

        feedback.additional_properties = d
        return feedback

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

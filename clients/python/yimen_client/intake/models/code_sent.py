from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CodeSent")


@_attrs_define
class CodeSent:
    """The code is on its way; it is valid for `expires_in` seconds.

    Attributes:
        phone (str): 脱敏的手机号
        expires_in (int):
        resend_after (int):
    """

    phone: str
    expires_in: int
    resend_after: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        expires_in = self.expires_in

        resend_after = self.resend_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "expires_in": expires_in,
                "resend_after": resend_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        expires_in = d.pop("expires_in")

        resend_after = d.pop("resend_after")

        code_sent = cls(
            phone=phone,
            expires_in=expires_in,
            resend_after=resend_after,
        )

        code_sent.additional_properties = d
        return code_sent

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

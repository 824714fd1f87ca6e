from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SlipLinks")


@_attrs_define
class SlipLinks:
    """Where the partner reads the slip and posts its answers.

    Attributes:
        self_ (str): GET 此地址（带协同部门令牌）取通知单详情；读取留痕
        events (str): POST 回执到此地址
        verify (str): 纸质通知单二维码核验页
    """

    self_: str
    events: str
    verify: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        events = self.events

        verify = self.verify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "events": events,
                "verify": verify,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self_ = d.pop("self")

        events = d.pop("events")

        verify = d.pop("verify")

        slip_links = cls(
            self_=self_,
            events=events,
            verify=verify,
        )

        slip_links.additional_properties = d
        return slip_links

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_answer import RouteAnswer


T = TypeVar("T", bound="Onward")


@_attrs_define
class Onward:
    """Forward an escalate slip, or re-route a returned one: a route, or a receiver from the directory.

    Attributes:
        route (None | RouteAnswer | Unset):
        receiver_id (None | str | Unset):
        note (str | Unset):  Default: ''.
    """

    route: None | RouteAnswer | Unset = UNSET
    receiver_id: None | str | Unset = UNSET
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.route_answer import RouteAnswer

        route: dict[str, Any] | None | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, RouteAnswer):
            route = self.route.to_dict()
        else:
            route = self.route

        receiver_id: None | str | Unset
        if isinstance(self.receiver_id, Unset):
            receiver_id = UNSET
        else:
            receiver_id = self.receiver_id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if route is not UNSET:
            field_dict["route"] = route
        if receiver_id is not UNSET:
            field_dict["receiver_id"] = receiver_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.route_answer import RouteAnswer

        d = dict(src_dict)

        def _parse_route(data: object) -> None | RouteAnswer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                route_type_0 = RouteAnswer.from_dict(data)

                return route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RouteAnswer | Unset, data)

        route = _parse_route(d.pop("route", UNSET))

        def _parse_receiver_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receiver_id = _parse_receiver_id(d.pop("receiver_id", UNSET))

        note = d.pop("note", UNSET)

        onward = cls(
            route=route,
            receiver_id=receiver_id,
            note=note,
        )

        onward.additional_properties = d
        return onward

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_type import DepartmentType, check_department_type
from ..models.slip_kind import SlipKind, check_slip_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RouteAnswer")


@_attrs_define
class RouteAnswer:
    """Where an item goes, as the eligibility service answers POST /v1/routes.

    Attributes:
        kind (SlipKind): The five slips of DESIGN §3 (seed 003), labelled with the slip's full title.
        receiver_department_type (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of
            assistance).
        receiver_region (str):
        reason (str | Unset):  Default: ''.
    """

    kind: SlipKind
    receiver_department_type: DepartmentType
    receiver_region: str
    reason: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        receiver_department_type: str = self.receiver_department_type

        receiver_region = self.receiver_region

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "receiver_department_type": receiver_department_type,
                "receiver_region": receiver_region,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = check_slip_kind(d.pop("kind"))

        receiver_department_type = check_department_type(
            d.pop("receiver_department_type")
        )

        receiver_region = d.pop("receiver_region")

        reason = d.pop("reason", UNSET)

        route_answer = cls(
            kind=kind,
            receiver_department_type=receiver_department_type,
            receiver_region=receiver_region,
            reason=reason,
        )

        route_answer.additional_properties = d
        return route_answer

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_header_parameters import BatchHeaderParameters


T = TypeVar("T", bound="BatchHeader")


@_attrs_define
class BatchHeader:
    """First line: what was evaluated (the rule version and the parameter values in force on as_of).

    Attributes:
        item_code (str):
        as_of (datetime.date):
        rule_version (str):
        parameters (BatchHeaderParameters):
    """

    item_code: str
    as_of: datetime.date
    rule_version: str
    parameters: BatchHeaderParameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_code = self.item_code

        as_of = self.as_of.isoformat()

        rule_version = self.rule_version

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_code": item_code,
                "as_of": as_of,
                "rule_version": rule_version,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_header_parameters import BatchHeaderParameters

        d = dict(src_dict)
        item_code = d.pop("item_code")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        rule_version = d.pop("rule_version")

        parameters = BatchHeaderParameters.from_dict(d.pop("parameters"))

        batch_header = cls(
            item_code=item_code,
            as_of=as_of,
            rule_version=rule_version,
            parameters=parameters,
        )

        batch_header.additional_properties = d
        return batch_header

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

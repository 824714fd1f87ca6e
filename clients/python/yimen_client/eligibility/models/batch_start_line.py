from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_header import BatchHeader


T = TypeVar("T", bound="BatchStartLine")


@_attrs_define
class BatchStartLine:
    """NDJSON line: the batch header.

    Attributes:
        batch (BatchHeader): First line: what was evaluated (the rule version and the parameter values in force on
            as_of).
    """

    batch: BatchHeader
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = self.batch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_header import BatchHeader

        d = dict(src_dict)
        batch = BatchHeader.from_dict(d.pop("batch"))

        batch_start_line = cls(
            batch=batch,
        )

        batch_start_line.additional_properties = d
        return batch_start_line

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

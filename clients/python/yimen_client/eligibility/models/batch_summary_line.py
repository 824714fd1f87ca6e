from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_summary import BatchSummary


T = TypeVar("T", bound="BatchSummaryLine")


@_attrs_define
class BatchSummaryLine:
    """NDJSON line: the last one.

    Attributes:
        summary (BatchSummary): Totals at the end: processed, errors and the count of each outcome.
    """

    summary: BatchSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_summary import BatchSummary

        d = dict(src_dict)
        summary = BatchSummary.from_dict(d.pop("summary"))

        batch_summary_line = cls(
            summary=summary,
        )

        batch_summary_line.additional_properties = d
        return batch_summary_line

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

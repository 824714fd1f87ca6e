from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_progress import BatchProgress


T = TypeVar("T", bound="BatchProgressLine")


@_attrs_define
class BatchProgressLine:
    """NDJSON line: progress.

    Attributes:
        progress (BatchProgress): Households done so far (every `progress_every`).
    """

    progress: BatchProgress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_progress import BatchProgress

        d = dict(src_dict)
        progress = BatchProgress.from_dict(d.pop("progress"))

        batch_progress_line = cls(
            progress=progress,
        )

        batch_progress_line.additional_properties = d
        return batch_progress_line

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

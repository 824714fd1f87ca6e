from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_row import ReportRow


T = TypeVar("T", bound="AuditReport")


@_attrs_define
class AuditReport:
    """Findings by street and item over the samples in scope.

    Attributes:
        region (str):
        sample_id (int | None):
        rows (list[ReportRow]):
    """

    region: str
    sample_id: int | None
    rows: list[ReportRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        sample_id: int | None
        sample_id = self.sample_id

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "sample_id": sample_id,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_row import ReportRow

        d = dict(src_dict)
        region = d.pop("region")

        def _parse_sample_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sample_id = _parse_sample_id(d.pop("sample_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ReportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        audit_report = cls(
            region=region,
            sample_id=sample_id,
            rows=rows,
        )

        audit_report.additional_properties = d
        return audit_report

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

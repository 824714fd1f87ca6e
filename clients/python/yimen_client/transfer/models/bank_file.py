from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.line_public import LinePublic


T = TypeVar("T", bound="BankFile")


@_attrs_define
class BankFile:
    """The bank file's lines as JSON (the CSV itself with `Accept: text/csv`).

    Attributes:
        number (str):
        filename (str):
        columns (list[str]):
        lines (list[LinePublic]):
    """

    number: str
    filename: str
    columns: list[str]
    lines: list[LinePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        filename = self.filename

        columns = self.columns

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "filename": filename,
                "columns": columns,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_public import LinePublic

        d = dict(src_dict)
        number = d.pop("number")

        filename = d.pop("filename")

        columns = cast(list[str], d.pop("columns"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = LinePublic.from_dict(lines_item_data)

            lines.append(lines_item)

        bank_file = cls(
            number=number,
            filename=filename,
            columns=columns,
            lines=lines,
        )

        bank_file.additional_properties = d
        return bank_file

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IntegrityProblem")


@_attrs_define
class IntegrityProblem:
    """A file whose stored bytes no longer match the recorded SHA-256 (or are gone).

    Attributes:
        file_id (int):
        application_id (int):
        archive_number (None | str):
        filename (str):
        expected_sha256 (str):
        actual_sha256 (None | str): 实际内容的 SHA-256；文件缺失时为空
    """

    file_id: int
    application_id: int
    archive_number: None | str
    filename: str
    expected_sha256: str
    actual_sha256: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        application_id = self.application_id

        archive_number: None | str
        archive_number = self.archive_number

        filename = self.filename

        expected_sha256 = self.expected_sha256

        actual_sha256: None | str
        actual_sha256 = self.actual_sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "application_id": application_id,
                "archive_number": archive_number,
                "filename": filename,
                "expected_sha256": expected_sha256,
                "actual_sha256": actual_sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        application_id = d.pop("application_id")

        def _parse_archive_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        archive_number = _parse_archive_number(d.pop("archive_number"))

        filename = d.pop("filename")

        expected_sha256 = d.pop("expected_sha256")

        def _parse_actual_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_sha256 = _parse_actual_sha256(d.pop("actual_sha256"))

        integrity_problem = cls(
            file_id=file_id,
            application_id=application_id,
            archive_number=archive_number,
            filename=filename,
            expected_sha256=expected_sha256,
            actual_sha256=actual_sha256,
        )

        integrity_problem.additional_properties = d
        return integrity_problem

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

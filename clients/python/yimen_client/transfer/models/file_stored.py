from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_stored_purpose import FileStoredPurpose, check_file_stored_purpose

T = TypeVar("T", bound="FileStored")


@_attrs_define
class FileStored:
    """A scan or photo kept for a step.

    Attributes:
        id (int):
        purpose (FileStoredPurpose):
        filename (str):
        content_type (str):
        size (int):
        sha256 (str):
        uploaded_by (str):
        uploaded_at (datetime.datetime):
    """

    id: int
    purpose: FileStoredPurpose
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        purpose: str = self.purpose

        filename = self.filename

        content_type = self.content_type

        size = self.size

        sha256 = self.sha256

        uploaded_by = self.uploaded_by

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "purpose": purpose,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "sha256": sha256,
                "uploaded_by": uploaded_by,
                "uploaded_at": uploaded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        purpose = check_file_stored_purpose(d.pop("purpose"))

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        uploaded_by = d.pop("uploaded_by")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        file_stored = cls(
            id=id,
            purpose=purpose,
            filename=filename,
            content_type=content_type,
            size=size,
            sha256=sha256,
            uploaded_by=uploaded_by,
            uploaded_at=uploaded_at,
        )

        file_stored.additional_properties = d
        return file_stored

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArchiveFilePublic")


@_attrs_define
class ArchiveFilePublic:
    """A scanned material as recorded.

    Attributes:
        id (int):
        material_code (str):
        material_name (str):
        filename (str):
        content_type (str):
        size_bytes (int):
        sha256 (str):
        uploaded_by (str):
        uploaded_at (datetime.datetime):
    """

    id: int
    material_code: str
    material_name: str
    filename: str
    content_type: str
    size_bytes: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        material_code = self.material_code

        material_name = self.material_name

        filename = self.filename

        content_type = self.content_type

        size_bytes = self.size_bytes

        sha256 = self.sha256

        uploaded_by = self.uploaded_by

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "material_code": material_code,
                "material_name": material_name,
                "filename": filename,
                "content_type": content_type,
                "size_bytes": size_bytes,
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

        material_code = d.pop("material_code")

        material_name = d.pop("material_name")

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size_bytes = d.pop("size_bytes")

        sha256 = d.pop("sha256")

        uploaded_by = d.pop("uploaded_by")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        archive_file_public = cls(
            id=id,
            material_code=material_code,
            material_name=material_name,
            filename=filename,
            content_type=content_type,
            size_bytes=size_bytes,
            sha256=sha256,
            uploaded_by=uploaded_by,
            uploaded_at=uploaded_at,
        )

        archive_file_public.additional_properties = d
        return archive_file_public

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.archive_file_public import ArchiveFilePublic
    from ..models.checklist_entry import ChecklistEntry


T = TypeVar("T", bound="CaseArchivePublic")


@_attrs_define
class CaseArchivePublic:
    """A case's archive: scans, what the checklist still misses, and the archive number once archived.

    Attributes:
        application_id (int):
        case_number (str):
        archive_number (None | str):
        archived_by (None | str):
        archived_at (datetime.datetime | None):
        checklist (list[ChecklistEntry]):
        missing (list[str]): 尚无扫描件的材料（有缺项时不能归档）
        files (list[ArchiveFilePublic]):
    """

    application_id: int
    case_number: str
    archive_number: None | str
    archived_by: None | str
    archived_at: datetime.datetime | None
    checklist: list[ChecklistEntry]
    missing: list[str]
    files: list[ArchiveFilePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        case_number = self.case_number

        archive_number: None | str
        archive_number = self.archive_number

        archived_by: None | str
        archived_by = self.archived_by

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        checklist = []
        for checklist_item_data in self.checklist:
            checklist_item = checklist_item_data.to_dict()
            checklist.append(checklist_item)

        missing = self.missing

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "case_number": case_number,
                "archive_number": archive_number,
                "archived_by": archived_by,
                "archived_at": archived_at,
                "checklist": checklist,
                "missing": missing,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.archive_file_public import ArchiveFilePublic
        from ..models.checklist_entry import ChecklistEntry

        d = dict(src_dict)
        application_id = d.pop("application_id")

        case_number = d.pop("case_number")

        def _parse_archive_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        archive_number = _parse_archive_number(d.pop("archive_number"))

        def _parse_archived_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        archived_by = _parse_archived_by(d.pop("archived_by"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

        checklist = []
        _checklist = d.pop("checklist")
        for checklist_item_data in _checklist:
            checklist_item = ChecklistEntry.from_dict(checklist_item_data)

            checklist.append(checklist_item)

        missing = cast(list[str], d.pop("missing"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ArchiveFilePublic.from_dict(files_item_data)

            files.append(files_item)

        case_archive_public = cls(
            application_id=application_id,
            case_number=case_number,
            archive_number=archive_number,
            archived_by=archived_by,
            archived_at=archived_at,
            checklist=checklist,
            missing=missing,
            files=files,
        )

        case_archive_public.additional_properties = d
        return case_archive_public

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

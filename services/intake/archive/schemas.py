"""Archive schemas: a scanned file, the checklist state, the archive record, the integrity report."""

from datetime import datetime

from pydantic import BaseModel, Field


class ArchiveFilePublic(BaseModel):
    """A scanned material as recorded."""

    id: int
    material_code: str
    material_name: str
    filename: str
    content_type: str = Field(examples=["application/pdf"])
    size_bytes: int
    sha256: str
    uploaded_by: str
    uploaded_at: datetime


class ChecklistEntry(BaseModel):
    """A material the case's items need, and how many scans of it are kept."""

    code: str
    name: str
    files: int


class CaseArchivePublic(BaseModel):
    """A case's archive: scans, what the checklist still misses, and the archive number once archived."""

    application_id: int
    case_number: str
    archive_number: str | None
    archived_by: str | None
    archived_at: datetime | None
    checklist: list[ChecklistEntry]
    missing: list[str] = Field(description="尚无扫描件的材料（有缺项时不能归档）")
    files: list[ArchiveFilePublic]


class IntegrityProblem(BaseModel):
    """A file whose stored bytes no longer match the recorded SHA-256 (or are gone)."""

    file_id: int
    application_id: int
    archive_number: str | None
    filename: str
    expected_sha256: str
    actual_sha256: str | None = Field(description="实际内容的 SHA-256；文件缺失时为空")


class IntegrityReport(BaseModel):
    """The result of re-hashing every scan in scope."""

    checked: int
    problems: list[IntegrityProblem]

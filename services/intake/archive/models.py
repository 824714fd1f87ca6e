"""The electronic archive (电子档案, seed 001): scanned materials of a case and its archive record."""

from datetime import datetime

from sqlmodel import Field

from services.common.clock import utcnow
from services.intake.base import IntakeTable


class ArchiveFile(IntakeTable, table=True):
    """One scanned material (高拍仪 or scanner): what it is, its type by signature, its SHA-256."""

    __tablename__ = "archive_file"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    material_code: str = Field(max_length=64)  # the checklist entry it satisfies
    material_name: str = Field(default="", max_length=100)
    filename: str = Field(max_length=200)
    content_type: str = Field(max_length=40)
    size_bytes: int
    sha256: str = Field(max_length=64)  # also the key in the file store
    uploaded_by: str = Field(max_length=64)
    uploaded_at: datetime = Field(default_factory=utcnow)


class CaseArchive(IntakeTable, table=True):
    """A case's archive record: its number (档案号); from then on the case is read-only."""

    __tablename__ = "case_archive"

    application_id: int = Field(foreign_key="application.id", primary_key=True)
    archive_number: str = Field(max_length=40, unique=True)
    file_count: int
    archived_by: str = Field(max_length=64)
    archived_at: datetime = Field(default_factory=utcnow)

"""资料归档 (seed 001 电子档案): scans checked by signature and hashed, archived with a number, then read-only.

A case that was accepted is archived only when every material its items need has at least one scan;
a case never accepted (不予受理、撤回) keeps whatever was scanned. The bytes live in a FileStore
(services.common.files) under their SHA-256; the integrity check re-reads and re-hashes them.
"""

import csv
import hashlib
import io
import json
import zipfile
from datetime import datetime

from sqlmodel import Session, select

from services.common.auth import Principal
from services.common.errors import Conflict, Invalid, NotFound
from services.common.files import FileStore, sniff
from services.common.regions import region
from services.common.vocabulary import ApplicationStatus
from services.intake.applications import service as applications
from services.intake.applications.models import Application
from services.intake.applications.numbering import next_value
from services.intake.archive.models import ArchiveFile, CaseArchive
from services.intake.archive.schemas import (
    ArchiveFilePublic,
    CaseArchivePublic,
    ChecklistEntry,
    IntegrityProblem,
    IntegrityReport,
)

OTHER = ("other", "其他材料")  # a scan that is no checklist entry (e.g. the approval form)


def _needed(session: Session, app: Application, eligibility) -> dict[str, str]:
    codes = [i.item_code for i in applications.items_of(session, app)]
    if not codes:
        return {}
    return {m.code: m.name for m in eligibility.checklist(codes, []).missing}


def _files(session: Session, app: Application) -> list[ArchiveFile]:
    return list(
        session.exec(select(ArchiveFile).where(ArchiveFile.application_id == app.id).order_by(ArchiveFile.id))
    )


def view(*, session: Session, app: Application, eligibility) -> CaseArchivePublic:
    """The case's scans, its checklist and (once archived) its archive number."""
    files = _files(session, app)
    needed = _needed(session, app, eligibility)
    counts = {code: sum(f.material_code == code for f in files) for code in needed}
    record = session.get(CaseArchive, app.id)
    return CaseArchivePublic(
        application_id=app.id,
        case_number=app.case_number,
        archive_number=record.archive_number if record else None,
        archived_by=record.archived_by if record else None,
        archived_at=record.archived_at if record else None,
        checklist=[ChecklistEntry(code=c, name=n, files=counts[c]) for c, n in needed.items()],
        missing=[n for c, n in needed.items() if not counts[c]],
        files=[ArchiveFilePublic(**f.model_dump()) for f in files],
    )


def upload(
    *,
    session: Session,
    store: FileStore,
    principal: Principal,
    app: Application,
    eligibility,
    material_code: str,
    filename: str,
    data: bytes,
    max_bytes: int,
    now: datetime,
) -> ArchiveFilePublic:
    """Keep one scan: JPEG, PNG or PDF by its first bytes, at most `max_bytes`; 409 once archived."""
    if app.status == ApplicationStatus.ARCHIVED:
        raise Conflict("案件已归档，资料只读", field="application_id")
    needed = _needed(session, app, eligibility) | dict([OTHER])
    if material_code not in needed:
        raise Invalid("材料不在本案清单中：" + "、".join(needed), field="material_code")
    content_type = sniff(data, max_bytes=max_bytes, field="file")
    row = ArchiveFile(
        application_id=app.id,
        material_code=material_code,
        material_name=needed[material_code],
        filename=(filename or "scan").replace("/", "_").replace("\\", "_")[-200:],
        content_type=content_type,
        size_bytes=len(data),
        sha256=store.put(data),
        uploaded_by=principal.subject,
        uploaded_at=now,
    )
    session.add(row)
    session.flush()
    return ArchiveFilePublic(**row.model_dump())


def archive(*, session: Session, principal: Principal, app: Application, eligibility, now: datetime) -> None:
    """Archive a concluded, refused or withdrawn case: checklist complete, an archive number, then read-only."""
    if app.accepted_date is not None:
        missing = view(session=session, app=app, eligibility=eligibility).missing
        if missing:
            raise Conflict(
                "清单材料尚未全部扫描归集，不能归档：" + "、".join(missing), field="files", missing=missing
            )
    applications.archive(session=session, app=app, principal=principal)  # 409 from any other status
    year = now.year
    prefix = region(app.window_region).prefix if region(app.window_region) else app.window_region
    number = next_value(session=session, scope="archive", region=app.window_region, year=year)
    session.add(
        CaseArchive(
            application_id=app.id,
            archive_number=f"DA-{prefix}-{year}-{number:05d}",
            file_count=len(_files(session, app)),
            archived_by=principal.subject,
            archived_at=now,
        )
    )
    session.flush()


def package(*, session: Session, store: FileStore, app: Application) -> bytes:
    """The archived case as one ZIP: every scan plus index.csv and index.json (names, types, sizes, SHA-256)."""
    record = session.get(CaseArchive, app.id)
    if record is None:
        raise Conflict("案件尚未归档", field="application_id")
    files = _files(session, app)
    buffer = io.BytesIO()
    index = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive_zip:
        for n, f in enumerate(files, start=1):
            name = f"files/{n:03d}_{f.material_code}_{f.filename}"
            archive_zip.writestr(name, store.get(f.sha256))
            index.append(
                {
                    "path": name,
                    "material_code": f.material_code,
                    "material_name": f.material_name,
                    "content_type": f.content_type,
                    "size_bytes": f.size_bytes,
                    "sha256": f.sha256,
                    "uploaded_by": f.uploaded_by,
                    "uploaded_at": f.uploaded_at.isoformat(),
                }
            )
        header = {"archive_number": record.archive_number, "case_number": app.case_number, "files": index}
        archive_zip.writestr("index.json", json.dumps(header, ensure_ascii=False, indent=2))
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=list(index[0]) if index else ["path"])
        writer.writeheader()
        writer.writerows(index)
        archive_zip.writestr("index.csv", "\ufeff" + text.getvalue())
    return buffer.getvalue()


def check_integrity(
    *, session: Session, store: FileStore, principal: Principal, application_id: int | None = None
) -> IntegrityReport:
    """Re-read and re-hash every scan the caller may see (or one case's); list any mismatch or loss."""
    query = (
        select(ArchiveFile, Application.window_region, CaseArchive.archive_number)
        .join(Application, Application.id == ArchiveFile.application_id)
        .join(CaseArchive, CaseArchive.application_id == ArchiveFile.application_id, isouter=True)
        .order_by(ArchiveFile.id)
    )
    if application_id is not None:
        query = query.where(ArchiveFile.application_id == application_id)
    checked, problems = 0, []
    for f, window_region, number in session.exec(query):
        if not principal.can_see_region(window_region):
            continue
        checked += 1
        try:
            actual = hashlib.sha256(store.get(f.sha256)).hexdigest()
        except NotFound:  # gone; a storage outage (503) stops the check instead of calling every file lost
            actual = None
        if actual != f.sha256:
            problems.append(
                IntegrityProblem(
                    file_id=f.id,
                    application_id=f.application_id,
                    archive_number=number,
                    filename=f.filename,
                    expected_sha256=f.sha256,
                    actual_sha256=actual,
                )
            )
    return IntegrityReport(checked=checked, problems=problems)


def get_file(
    *, session: Session, store: FileStore, app: Application, file_id: int
) -> tuple[ArchiveFile, bytes]:
    """One scan of the case with its bytes."""
    f = session.get(ArchiveFile, file_id)
    if f is None or f.application_id != app.id:
        raise NotFound(f"文件 {file_id} 不存在", field="file_id")
    return f, store.get(f.sha256)

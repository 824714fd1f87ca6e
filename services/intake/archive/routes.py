"""Archive API (资料归档): upload scans, archive with a number, download the ZIP, check integrity."""

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.common.files import FileStore, store_for
from services.common.vocabulary import Role
from services.intake.applications import service as applications
from services.intake.applications.audit import log_access
from services.intake.archive import service
from services.intake.archive.schemas import ArchiveFilePublic, CaseArchivePublic, IntegrityReport
from services.intake.deps import DbId, EligibilityDep

router = APIRouter(prefix="/v1/archive", tags=["archive"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
Reader = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Supervisor = Annotated[Principal, Depends(require(Role.SUPERVISOR, Role.ADMIN))]
SCOPE = "仅限本人区域的案件。"


def _store(request: Request) -> FileStore:
    settings = request.app.state.settings
    return store_for(settings.archive_dir, "intake-archive", s3=settings.s3)


def _max_bytes(request: Request) -> int:
    return request.app.state.settings.archive_max_bytes


Store = Annotated[FileStore, Depends(_store)]
MaxBytes = Annotated[int, Depends(_max_bytes)]


@router.get(
    "/cases/{application_id}",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
    summary="案件档案：扫描件、清单、档案号",
    description=f"调用方：窗口工作人员、监督人员、管理员，{SCOPE}",
)
def case_archive(
    application_id: DbId, principal: Reader, session: SessionDep, eligibility: EligibilityDep
) -> CaseArchivePublic:
    app = applications.get_visible(session=session, principal=principal, application_id=application_id)
    return service.view(session=session, app=app, eligibility=eligibility)


@router.post(
    "/cases/{application_id}/files",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid, ServiceUnavailable),
    summary="上传扫描件（高拍仪、扫描仪）",
    description=f"调用方：窗口工作人员，{SCOPE}\n\n按文件内容识别类型（JPEG、PNG、PDF），超过大小上限 422 并写明上限；"
    "记录 SHA-256。已归档的案件 409。material_code 取清单中的材料代码，或 other（其他材料）。",
)
def upload(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    eligibility: EligibilityDep,
    store: Store,
    max_bytes: MaxBytes,
    clock: ClockDep,
    material_code: Annotated[str, Form(max_length=64)],
    file: Annotated[UploadFile, File()],
) -> ArchiveFilePublic:
    data = file.file.read(max_bytes + 1)  # one byte past the limit is enough to refuse it
    app = applications.get_visible(
        session=session, principal=principal, application_id=application_id, lock=True
    )
    return service.upload(
        session=session,
        store=store,
        principal=principal,
        app=app,
        eligibility=eligibility,
        material_code=material_code,
        filename=file.filename or "",
        data=data,
        max_bytes=max_bytes,
        now=clock.now(),
    )


BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.get(
    "/cases/{application_id}/files/{file_id}",
    response_class=Response,
    responses={200: {"content": {t: BINARY for t in ("image/jpeg", "image/png", "application/pdf")}}}
    | problem_responses(Unauthorized, Forbidden, NotFound, ServiceUnavailable),
    summary="下载一份扫描件",
    description=f"调用方：窗口工作人员、监督人员、管理员，{SCOPE}记入个人信息访问记录。",
)
def file_content(
    application_id: DbId, file_id: DbId, principal: Reader, session: SessionDep, store: Store
) -> Response:
    app = applications.get_visible(session=session, principal=principal, application_id=application_id)
    row, data = service.get_file(session=session, store=store, app=app, file_id=file_id)
    log_access(session, app, principal, "archive_file")
    return Response(data, media_type=row.content_type)


@router.post(
    "/cases/{application_id}/archive",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict),
    summary="归档（清单齐全后编档案号）",
    description=f"调用方：窗口工作人员，{SCOPE}\n\n已办结、不予受理或已撤回的案件；受理过的案件须清单材料均有扫描件，"
    "否则 409 列出缺项。归档后编档案号，案件只读（修改 409）。",
)
def archive(
    application_id: DbId, principal: Window, session: SessionDep, eligibility: EligibilityDep, clock: ClockDep
) -> CaseArchivePublic:
    app = applications.get_visible(
        session=session, principal=principal, application_id=application_id, lock=True
    )
    service.archive(session=session, principal=principal, app=app, eligibility=eligibility, now=clock.now())
    return service.view(session=session, app=app, eligibility=eligibility)


@router.get(
    "/cases/{application_id}/zip",
    response_class=Response,
    responses={200: {"content": {"application/zip": BINARY}}}
    | problem_responses(Unauthorized, Forbidden, NotFound, Conflict, ServiceUnavailable),
    summary="下载档案（ZIP，含索引）",
    description=f"调用方：窗口工作人员、监督人员、管理员，{SCOPE}已归档的案件：全部扫描件和 index.csv、index.json"
    "（文件名、类型、大小、SHA-256）。记入个人信息访问记录。",
)
def download(application_id: DbId, principal: Reader, session: SessionDep, store: Store) -> Response:
    app = applications.get_visible(session=session, principal=principal, application_id=application_id)
    data = service.package(session=session, store=store, app=app)
    log_access(session, app, principal, "archive_export")
    name = quote(f"{app.case_number}.zip")
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"},
    )


@router.get(
    "/integrity",
    responses=problem_responses(Unauthorized, Forbidden, ServiceUnavailable),
    summary="档案完整性检查（重新计算 SHA-256）",
    description="调用方：监督人员、管理员（街道只查本街道）。逐个重新读取扫描件并计算 SHA-256，列出与记录不符或丢失的文件；"
    "存储不可用时 503（不把每个文件都报成丢失）。",
)
def integrity(
    principal: Supervisor,
    session: SessionDep,
    store: Store,
    application_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> IntegrityReport:
    return service.check_integrity(
        session=session, store=store, principal=principal, application_id=application_id
    )

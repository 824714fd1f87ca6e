"""A case's archive page (资料归档): scans with the checklist, upload, archive, the ZIP download."""

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from services.common.errors import ProblemError
from services.intake.archive.schemas import CaseArchivePublic
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Reader = Annotated[WebUser, Depends(require_roles("window_staff", "supervisor", "admin"))]
Window = Annotated[WebUser, Depends(require_roles("window_staff"))]
MAX_UPLOAD = 20 * 1024 * 1024  # the service decides; this only bounds what the front reads


def _page(request: Request, user: WebUser, case_id: int, **extra):
    record = request.app.state.intake.get_json(
        f"/v1/archive/cases/{case_id}", CaseArchivePublic, token=user.token
    )
    return render(request, "audits/archive.html", {"record": record, "user": user, **extra})


@router.get("/applications/{case_id:int}/archive")
def archive_page(request: Request, user: Reader, case_id: int):
    return _page(request, user, case_id)


@router.post("/applications/{case_id:int}/archive/files")
def upload(
    request: Request,
    user: Window,
    case_id: int,
    material_code: Annotated[str, Form(max_length=64)],
    file: Annotated[UploadFile, File()],
):
    data = file.file.read(MAX_UPLOAD + 1)
    files = {"file": (file.filename or "scan", data, "application/octet-stream")}
    try:
        request.app.state.intake.request(
            "POST",
            f"/v1/archive/cases/{case_id}/files",
            params=None,
            token=user.token,
            files=files | {"material_code": (None, material_code)},
        )
    except ProblemError as exc:
        return _page(request, user, case_id, error=exc)
    return RedirectResponse(f"/applications/{case_id}/archive", status_code=303)


@router.post("/applications/{case_id:int}/archive/close")
def close(request: Request, user: Window, case_id: int):
    try:
        request.app.state.intake.request("POST", f"/v1/archive/cases/{case_id}/archive", token=user.token)
    except ProblemError as exc:
        return _page(request, user, case_id, error=exc)
    return RedirectResponse(f"/applications/{case_id}/archive", status_code=303)


@router.get("/applications/{case_id:int}/archive.zip")
def download(request: Request, user: Reader, case_id: int):
    answer = request.app.state.intake.request("GET", f"/v1/archive/cases/{case_id}/zip", token=user.token)
    disposition = answer.headers.get("content-disposition", "attachment")
    return Response(
        answer.content, media_type="application/zip", headers={"Content-Disposition": disposition}
    )

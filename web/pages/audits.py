"""Random audits (三随机) and the archive's integrity check for supervisors: draw, record findings, report."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from services.common.regions import REGIONS
from services.intake.archive.schemas import IntegrityReport
from services.intake.audits.schemas import CATEGORIES, AuditReport, SamplePublic, SampleSummary
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Supervisor = Annotated[WebUser, Depends(require_roles("supervisor", "admin"))]


def _regions(user: WebUser) -> dict:
    return {code: r for code, r in REGIONS.items() if user.role == "admin" or code.startswith(user.region)}


def _index(request: Request, user: WebUser, **extra):
    intake = request.app.state.intake
    samples = intake.get_json("/v1/audits/samples", list[SampleSummary], token=user.token)
    region = user.region or "370211"
    report = intake.get_json("/v1/audits/report", AuditReport, params={"region": region}, token=user.token)
    context = {"samples": samples, "report": report, "regions": _regions(user), "categories": CATEGORIES}
    return render(request, "audits/index.html", context | extra)


@router.get("/audits")
def audits(request: Request, user: Supervisor):
    return _index(request, user)


@router.post("/audits")
def draw(
    request: Request,
    user: Supervisor,
    seed: Annotated[str, Form(max_length=20)] = "",
    size: Annotated[str, Form(max_length=4)] = "",
    region: Annotated[str, Form(max_length=9)] = "",
    item_code: Annotated[str, Form(max_length=64)] = "",
    date_from: Annotated[str, Form(max_length=10)] = "",
    date_to: Annotated[str, Form(max_length=10)] = "",
    auditors: Annotated[str, Form(max_length=2000)] = "",
):
    body = {
        "seed": seed.strip(),
        "size": size.strip(),
        "region": region,
        "item_code": item_code.strip() or None,
        "date_from": date_from or None,
        "date_to": date_to or None,
        "auditors": [a for a in auditors.replace("，", ",").replace(" ", ",").split(",") if a],
    }
    try:
        sample = request.app.state.intake.post_json(
            "/v1/audits/samples", SamplePublic, body, token=user.token
        )
    except ProblemError as exc:
        return _index(request, user, error=exc, form=body | {"auditors": auditors})
    return RedirectResponse(f"/audits/{sample.id}", status_code=303)


@router.get("/audits/{sample_id:int}")
def sample(request: Request, user: Supervisor, sample_id: int, error: str = ""):
    found = request.app.state.intake.get_json(
        f"/v1/audits/samples/{sample_id}", SamplePublic, token=user.token
    )
    return render(
        request,
        "audits/sample.html",
        {"sample": found, "categories": CATEGORIES, "user": user, "error": error},
    )


@router.post("/audits/{sample_id:int}/cases/{case_id:int}")
def finding(
    request: Request,
    user: Supervisor,
    sample_id: int,
    case_id: int,
    outcome: Annotated[str, Form(max_length=16)] = "",
    category: Annotated[str, Form(max_length=32)] = "",
    text: Annotated[str, Form(max_length=2000)] = "",
):
    body = {"outcome": outcome, "category": category or None, "finding": text}
    try:
        request.app.state.intake.request(
            "PUT", f"/v1/audits/samples/{sample_id}/cases/{case_id}/finding", json=body, token=user.token
        )
    except ProblemError as exc:
        return RedirectResponse(f"/audits/{sample_id}?error={exc.detail}#case-{case_id}", status_code=303)
    return RedirectResponse(f"/audits/{sample_id}#case-{case_id}", status_code=303)


@router.get("/archive/integrity")
def integrity(request: Request, user: Supervisor, application_id: int | None = None):
    params = {"application_id": application_id} if application_id else None
    report = request.app.state.intake.get_json(
        "/v1/archive/integrity", IntegrityReport, params=params, token=user.token
    )
    return render(request, "audits/integrity.html", {"report": report})

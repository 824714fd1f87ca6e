"""The public 公示 page (no login, phone-friendly): approved assistance with masked names, objections and their
answers; and the staff page that answers the objections (公示异议)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse

from services.common.errors import ProblemError
from services.common.proxies import client_address
from services.common.regions import REGIONS
from services.transfer.disclosures.schemas import DisclosureObjectionPublic
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
STREETS = {code: r for code, r in REGIONS.items() if not r.is_district}


def _page(request: Request, street: str, **extra):
    street = street if street in STREETS else ""
    listing = request.app.state.transfer.disclosures(street=street or None, client_ip=client_address(request))
    return render(
        request,
        "public/disclosures.html",
        {"listing": listing, "streets": STREETS, "street": street, **extra},
    )


@router.get("/disclosures")
def disclosures(request: Request, street: Annotated[str, Query(max_length=9)] = ""):
    return _page(request, street)


@router.post("/disclosures/objections")
def object_to(
    request: Request,
    grant_id: Annotated[str, Form(max_length=12)] = "",
    street: Annotated[str, Form(max_length=9)] = "",
    content: Annotated[str, Form(max_length=2000)] = "",
    contact: Annotated[str, Form(max_length=64)] = "",
):
    body = {"content": content.strip(), "contact": contact.strip()}
    if grant_id.isdigit():
        body["grant_id"] = int(grant_id)
    elif street:
        body["street"] = street
    try:
        receipt = request.app.state.transfer.lodge_objection(body, client_ip=client_address(request))
    except ProblemError as exc:
        form = {"grant_id": grant_id, "content": content, "contact": contact}
        return _page(request, street, error=exc, form=form)
    return _page(request, street, receipt=receipt)


# staff of the street (department staff, supervisors, admins) answer the objections; answers go public
Staff = Annotated[WebUser, Depends(require_roles("department_staff", "supervisor", "admin"))]


def _objections(request: Request, user: WebUser, open_only: bool = False, **extra):
    found = request.app.state.transfer.get_json(
        "/v1/disclosures/objections",
        list[DisclosureObjectionPublic],
        params={"open_only": "true"} if open_only else None,
        token=user.token,
    )
    return render(request, "public/objections.html", {"objections": found, "open_only": open_only, **extra})


@router.get("/disclosure-objections")
def objections(request: Request, user: Staff, open_only: str = "", saved: int | None = None):
    return _objections(request, user, open_only=bool(open_only), saved=saved)


@router.post("/disclosure-objections/{number:int}")
def answer(request: Request, user: Staff, number: int, reply: Annotated[str, Form(max_length=2000)] = ""):
    try:
        request.app.state.transfer.post_json(
            f"/v1/disclosures/objections/{number}/reply",
            DisclosureObjectionPublic,
            {"reply": reply.strip()},
            token=user.token,
        )
    except ProblemError as exc:
        return _objections(request, user, error=exc.detail)
    return RedirectResponse(f"/disclosure-objections?saved={number}#objection-{number}", status_code=303)

"""The public 公示 page (no login, phone-friendly): approved assistance with masked names, and objections."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request

from services.common.errors import ProblemError
from services.common.proxies import client_address
from services.common.regions import REGIONS
from web.rendering import render
from web.session import csrf_protect

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

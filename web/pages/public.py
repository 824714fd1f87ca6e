"""Public pages without login: the service guide (办事指南, printable forms) and online self-application (网上申请)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request

from services.common.errors import ProblemError
from services.common.proxies import client_address
from services.common.regions import REGIONS, window_contact
from services.eligibility.catalogue.schemas import CODE_PATTERN
from web.rendering import render
from web.session import csrf_protect

router = APIRouter(dependencies=[Depends(csrf_protect)])
Texts = Annotated[list[str], Form()]
ItemCode = Annotated[str, Path(pattern=CODE_PATTERN)]
STREETS = {code: r for code, r in REGIONS.items() if not r.is_district}
# the filled example on the printable form: a made-up household, never a real person's data
EXAMPLE = {
    "name": "张某某",
    "id_number": "370211********0114",
    "phone": "138****0000",
    "address": "黄岛街道香江路 100 号 2 单元 301 室",
    "hukou": "黄岛街道",
    "members": [("张某某", "本人", "户主"), ("李某某", "配偶", "无业"), ("张小某", "子女", "在校学生")],
    "difficulty": "2026 年 10 月丈夫突发脑出血住院，自付医疗费 4.2 万元，家中无其他收入来源，基本生活困难。",
    "date": "2026 年 11 月 24 日",
}


def _ip(request: Request) -> str:
    return client_address(request)


def _windows(item) -> dict:
    """Where to apply: every street window accepts (一门受理); who decides depends on the handling level."""
    return {
        "streets": [(r, window_contact(code)) for code, r in STREETS.items()],
        "district": window_contact("370211"),
        "decides": "所在镇街审批" if item.handling_level == "town" else "区民政局审批（镇街受理后转送）",
    }


@router.get("/guide")
def guide(request: Request):
    items = request.app.state.eligibility.guide_items(client_ip=_ip(request))
    categories: dict[str, list] = {}
    for item in items:
        categories.setdefault(item.category, []).append(item)
    return render(request, "public/guide.html", {"categories": categories})


@router.get("/guide/{code}")
def guide_item(request: Request, code: ItemCode):
    item = request.app.state.eligibility.guide_item(code, client_ip=_ip(request))
    return render(request, "public/guide_item.html", {"item": item, **_windows(item)})


@router.get("/guide/{code}/form")
def guide_form(request: Request, code: ItemCode, example: bool = False):
    item = request.app.state.eligibility.guide_item(code, client_ip=_ip(request))
    return render(request, "public/guide_form.html", {"item": item, "example": EXAMPLE if example else None})


def _apply_context(request: Request, form: dict | None = None, **extra) -> dict:
    items = request.app.state.eligibility.guide_items(client_ip=_ip(request))
    return {"items": items, "streets": STREETS, "regions": REGIONS, "form": form or {}, **extra}


@router.get("/apply")
def apply_page(request: Request, item: str = "", region: str = ""):
    form = {"item_codes": [item] if item else [], "region": region}
    return render(request, "public/apply.html", _apply_context(request, form))


@router.post("/apply/code")
def send_code(request: Request, phone: Annotated[str, Form()] = "", id_number: Annotated[str, Form()] = ""):
    try:
        sent = request.app.state.intake.online_code(phone.strip(), id_number.strip(), client_ip=_ip(request))
        ctx = {"sent": sent}
    except ProblemError as exc:
        ctx = {"code_error": exc}
    return render(request, "public/apply.html", ctx, block="code_status")


@router.post("/apply")
def submit(
    request: Request,
    region: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    id_number: Annotated[str, Form()] = "",
    phone: Annotated[str, Form()] = "",
    hukou_region: Annotated[str, Form()] = "",
    difficulty: Annotated[str, Form()] = "",
    item_codes: Texts = [],
    dont_know: Annotated[str, Form()] = "",
    emergency: Annotated[str, Form()] = "",
    verification_code: Annotated[str, Form()] = "",
):
    form = {
        "region": region,
        "name": name,
        "id_number": id_number,
        "phone": phone,
        "hukou_region": hukou_region,
        "difficulty": difficulty,
        "item_codes": item_codes,
        "dont_know": dont_know,
        "emergency": emergency,
    }
    body = {
        "applicant": {
            "name": name.strip(),
            "id_number": id_number.strip(),
            "phone": phone.strip(),
            "hukou_region": hukou_region,
        },
        "region": region,
        "difficulty": difficulty.strip(),
        "item_codes": item_codes,
        "dont_know": bool(dont_know),
        "emergency": bool(emergency),
        "verification_code": verification_code.strip(),
    }
    try:
        receipt = request.app.state.intake.submit_online(body, client_ip=_ip(request))
    except ProblemError as exc:
        return render(
            request, "public/apply.html", _apply_context(request, form, error=exc), status_code=exc.status
        )
    return render(
        request, "public/apply.html", {"receipt": receipt, "contact": window_contact(receipt.region)}
    )

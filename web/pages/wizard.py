"""The registration form's live parts: suggestions while the clerk types the difficulty (keywords and
facts such as age from the ID number), the materials of the chosen items, where each item will go once
accepted, and the applicant read from an ID-card reader."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from services.common.clock import get_clock
from services.common.errors import Invalid, ProblemError
from services.common.identity import normalize_id_number
from services.common.regions import REGIONS
from services.common.vocabulary import Role
from web import casework
from web.idcard import read_card, region_of_address
from web.rendering import render
from web.session import WebUser, csrf_protect, require_roles

router = APIRouter(dependencies=[Depends(csrf_protect)])
Window = Annotated[WebUser, Depends(require_roles(Role.WINDOW_STAFF))]
SINGLE = (
    "applicant_name",
    "id_number",
    "phone",
    "hukou_region",
    "difficulty",
    "dont_know",
    "emergency",
    "channel",
    "agent_name",
    "agent_id",
    "agent_doc",
    "community_name",
    "idempotency_key",
    "consultation_id",
    "id_from_card",  # the ID number came from the card reader: shown masked, posted whole
)


def form_from(values: dict[str, list[str]]) -> dict:
    """The posted form (name → values) as the template's `form`."""
    form = {k: (values.get(k) or [""])[0] for k in SINGLE}
    names, ids, relations = (values.get(k, []) for k in ("member_name", "member_id", "member_relation"))
    form["members"] = [
        {"name": n, "id_number": i, "relation": r}
        for n, i, r in zip(names, ids, relations + [""] * len(names), strict=False)
        if n.strip() or i.strip()
    ]
    form["item_codes"] = values.get("item_codes", [])
    form["provided"] = values.get("provided", [])
    return form


def window_level(user: WebUser) -> str:
    return "town" if len(user.region) == 9 else "district"


def age_on(id_number: str, today: date) -> int | None:
    """The age the ID number says (None when it is not a valid number)."""
    try:
        number = normalize_id_number(id_number, today=today)
    except Invalid:
        return None
    born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def live_context(request: Request, user: WebUser, form: dict) -> dict:
    """Suggestions, the materials of the chosen items and the routing preview for the form as typed."""
    eligibility = request.app.state.eligibility
    today = get_clock(request).today()
    facts = {"members": len(form["members"]) + 1}
    age = age_on(form["id_number"], today) if form["id_number"].strip() else None
    if age is not None:
        facts["age"] = age
    problem = None
    try:
        items = eligibility.list_items(token=user.token)
        suggestions = []
        if form["difficulty"].strip() or age is not None:
            suggestions = eligibility.suggest(form["difficulty"], facts, token=user.token).suggestions
    except ProblemError as exc:
        items, suggestions, problem = [], [], exc.detail
    chosen = set(form["item_codes"])
    needed: dict[str, str] = {}
    for item in items:
        if item.code in chosen:
            needed.update({m.code: m.name for m in item.materials if not m.shared_data})
    others = {
        m.code: m.name for item in items for m in item.materials if m.code not in needed and not m.shared_data
    }
    preview = []
    if chosen and form["hukou_region"]:
        preview = casework.routing_preview(
            request,
            user.token,
            item_codes=[c for c in form["item_codes"] if c in {i.code for i in items}],
            window_level=window_level(user),
            window_region=user.region,
            hukou_region=form["hukou_region"],
        )
    return {
        "items": items,
        "item_names": {i.code: i.name for i in items},
        "suggestions": [s for s in suggestions if s.item_code not in chosen],
        "suggest_problem": problem,
        "age": age,
        "needed": needed,
        "other_materials": others,
        "preview": preview,
        "form": form,
        "regions": REGIONS,
    }


def _values(form_data) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for k, v in form_data.multi_items():
        if isinstance(v, str):
            values.setdefault(k, []).append(v)
    return values


@router.post("/applications/live")
async def live(request: Request, user: Window):
    """htmx: the live parts of the form (suggestions and routing here, items and materials out of band)."""
    values = _values(await request.form())
    form = form_from(values)
    added = (values.get("add") or [""])[0]
    if added and added not in form["item_codes"]:
        form["item_codes"].append(added)
    ctx = await run_in_threadpool(live_context, request, user, form)
    drawn_for = values.get("materials_for")  # absent: the page carries no list yet
    redraw = drawn_for is None or drawn_for[0] != ",".join(sorted(form["item_codes"]))
    response = render(
        request, "intake/_wizard_live.html", {**ctx, "swap_items": bool(added), "swap_materials": redraw}
    )
    if added:  # the form's own live request runs again with the item ticked: whichever answer came last
        response.headers["HX-Trigger-After-Settle"] = "items-added"
    return response


def id_check_of(id_number: str) -> dict:
    """The live check's answer for a typed or read ID number (valid, upgraded from 15 digits, or not)."""
    try:
        normal = normalize_id_number(id_number) if id_number.strip() else None
    except Invalid:
        return {"ok": False}
    return {"ok": True, "number": normal, "upgraded": normal is not None and len(id_number.strip()) == 15}


@router.post("/applications/read-card")
async def read_card_page(request: Request, user: Window):
    """htmx: the applicant fieldset filled from the reader's string (what was typed elsewhere stays); the
    number read is shown masked and posted whole, the reader's field is emptied (no full number on screen)."""
    values = _values(await request.form())
    form = form_from(values)
    if (values.get("retype_id") or [""])[0]:  # 改为手工输入: an empty number field to type into
        form["id_number"] = form["id_from_card"] = ""
        return render(request, "intake/_wizard_applicant.html", {"form": form, "regions": REGIONS})
    card = read_card((values.get("card") or [""])[0])
    if card.get("name"):
        form["applicant_name"] = card["name"]
    if card.get("id_number"):
        form["id_number"], form["id_from_card"] = card["id_number"], "1"
    region = region_of_address(card.get("address", ""), REGIONS)
    if region:
        form["hukou_region"] = region
    ctx = {"form": form, "regions": REGIONS, "card": card, "card_read": True}
    if card.get("id_number"):
        ctx["id_check"] = id_check_of(card["id_number"])
    response = render(request, "intake/_wizard_applicant.html", ctx)
    # suggestions (age) and the duplicate check follow the card, once the filled fieldset is in the page
    response.headers["HX-Trigger-After-Settle"] = "card-read"
    return response

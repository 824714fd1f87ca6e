"""Templates (autoescaped Jinja2 with named blocks for htmx fragments) and the service clients."""

from pathlib import Path

from fastapi import Request
from jinja2_fragments.fastapi import Jinja2Blocks

from services.common.errors import ProblemError
from services.common.identity import mask_id_number, mask_name
from services.common.money import fen_to_yuan
from services.common.regions import region_name
from services.common.vocabulary import VOCABULARIES
from web.messages import ENTITY_LABELS, FIELD_LABELS, filters_words, humanise, value_words
from web.names import names_for
from web.nav import PUBLIC_NAV, nav_for
from web.session import csrf_token, current_user_optional
from web.template_globals import TEMPLATE_GLOBALS

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Blocks(directory=str(TEMPLATES_DIR))  # autoescape on for .html
templates.env.filters["yuan"] = lambda fen: "" if fen is None else fen_to_yuan(int(fen))
templates.env.filters["mask_id"] = mask_id_number
templates.env.filters["mask_name"] = mask_name
templates.env.filters["region_name"] = region_name
templates.env.filters["filters_words"] = filters_words
templates.env.filters["value_words"] = value_words
templates.env.filters["field_label"] = lambda name: FIELD_LABELS.get(name, "其他设置")
templates.env.filters["entity_label"] = lambda kind: ENTITY_LABELS.get(kind, "设置")
# {{ vocabulary.SlipKind.label_of(slip.kind) }}, {% for k in vocabulary.DepartmentType %}…
templates.env.globals["vocabulary"] = VOCABULARIES
templates.env.globals.update(TEMPLATE_GLOBALS)  # qr_svg, progress_url, window_contact, regions


def render(
    request: Request,
    template: str,
    context: dict | None = None,
    *,
    status_code: int = 200,
    block: str | None = None,
):
    """Render a page, or only `block` (e.g. for an htmx request that swaps one part of the page)."""
    user = current_user_optional(request)
    ctx = {
        "request": request,
        "user": user,
        "nav": nav_for(user.role, user.region) if user else [],
        "public_nav": PUBLIC_NAV,
        "csrf_token": csrf_token(request),
        "path": request.url.path,
        "names": names_for(request),  # people, offices and roles by name (web/names.py)
    }
    ctx.update(context or {})
    if isinstance(ctx.get("error"), ProblemError):  # every message a person reads is Chinese, fields by label
        ctx["error"] = humanise(ctx["error"])
    return templates.TemplateResponse(request, template, ctx, status_code=status_code, block_name=block)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"

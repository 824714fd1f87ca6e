"""Template globals: the progress-query QR code and window contact of printed documents, the region list."""

import segno
from markupsafe import Markup

from services.common.regions import REGIONS, window_contact


def qr_svg(url: str, *, scale: int = 3) -> Markup:
    """An inline SVG QR code of `url` (segno writes the SVG itself; the URL is data, never markup)."""
    return Markup(segno.make(url, error="m").svg_inline(scale=scale, dark="#000"))  # noqa: S704


def progress_url(request, case_number: str) -> str:
    """Where the applicant's phone lands from the printed QR code: the progress query, case number filled in."""
    return f"{request.app.state.settings.platform.web_url}/progress?case={case_number}"


TEMPLATE_GLOBALS = {
    "qr_svg": qr_svg,
    "progress_url": progress_url,
    "window_contact": window_contact,
    "regions": REGIONS,  # 区县/街道 selects; a page's own `regions` (e.g. the complaint form's) wins
}

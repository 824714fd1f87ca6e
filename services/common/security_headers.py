"""Security headers sent by the apps themselves, so a direct call or a misconfigured proxy still gets them."""

import base64
import hashlib
import re
from pathlib import Path

# The APIs answer JSON only: nothing may be loaded, run or framed from their answers.
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
# Swagger UI and ReDoc (FastAPI's /docs, /redoc) load their bundle from a CDN and start it inline.
DOCS_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")


def page_policy(script_hashes: tuple[str, ...] = ()) -> str:
    """The web front's pages: scripts from our origin only (vendored htmx), inline style attributes allowed,
    and the inline handlers of our own templates allowed by hash (no eval, no inline <script>)."""
    hashes = "".join(f" '{h}'" for h in script_hashes)
    unsafe_hashes = " 'unsafe-hashes'" if script_hashes else ""
    return (
        f"default-src 'self'; script-src 'self'{unsafe_hashes}{hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


def inline_handler_hashes(templates: Path) -> tuple[str, ...]:
    """CSP hashes of every inline event handler (onclick="…") in the templates under `templates`."""
    handlers = {
        m
        for p in templates.rglob("*.html")
        for m in re.findall(r'\son[a-z]+="([^"]*)"', p.read_text("utf-8"))
    }
    return tuple(
        sorted("sha256-" + base64.b64encode(hashlib.sha256(h.encode()).digest()).decode() for h in handlers)
    )


class SecurityHeadersMiddleware:
    """Pure ASGI: adds the headers to every answer (errors included) unless the app set them itself."""

    def __init__(self, app, *, policy: str = API_POLICY):
        self.app = app
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
        ]
        self.policy = policy.encode()
        self.docs_policy = DOCS_POLICY.encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        policy = self.docs_policy if scope["path"].startswith(DOCS_PATHS) else self.policy

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                if b"content-security-policy" not in present:
                    extra.append((b"content-security-policy", policy))
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)

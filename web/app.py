"""The web front (Jinja2 + vendored htmx): talks to the three services over HTTP only."""

from pathlib import Path
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from services.common.clock import clock
from services.common.errors import Forbidden, Invalid, NotFound, ProblemError, Unauthorized, field_path
from services.common.observability import configure_logging, install_observability
from services.common.security_headers import SecurityHeadersMiddleware, inline_handler_hashes, page_policy
from services.common.text import text_guard
from services.eligibility.client import EligibilityClient
from services.intake.client import IntakeClient
from services.transfer.client import TransferClient
from web.pages import (
    accounts,
    appointments,
    archive,
    audits,
    auth,
    consultations,
    disclosures,
    eligibility,
    emergency,
    escalations,
    intake,
    needs,
    outreach,
    payments,
    procedure,
    public,
    supervision,
    transfer,
    wizard,
)
from web.rendering import TEMPLATES_DIR, is_htmx, render
from web.session import KEPT_FORMS, keep_form, session_cipher
from web.settings import WebSettings

STATIC_DIR = Path(__file__).parent / "static"


def create_app(
    settings: WebSettings | None = None, clients: dict[str, httpx.Client] | None = None
) -> FastAPI:
    """Build the web app; tests pass `clients` (one httpx client per service) to wire in-process apps."""
    settings = settings or WebSettings()
    platform = settings.platform
    configure_logging(platform.log_level, platform.log_json)
    clients = clients or {}
    app = FastAPI(
        title="Yimen 窗口前端", docs_url=None, redoc_url=None, openapi_url=None, dependencies=[text_guard]
    )
    app.state.settings = settings
    app.state.clock = clock  # pages read today through get_clock(request)
    if platform.clock_start is not None:
        clock.set(platform.clock_start, running=True)
    common = dict(auth_secret=platform.auth_secret, caller="web")
    app.state.intake = IntakeClient(platform.intake_url, client=clients.get("intake"), **common)
    app.state.eligibility = EligibilityClient(
        platform.eligibility_url, client=clients.get("eligibility"), **common
    )
    app.state.transfer = TransferClient(platform.transfer_url, client=clients.get("transfer"), **common)
    app.state.session_cipher = session_cipher(settings.session_secret)
    app.state.session_checks = {}  # token digest → when to ask intake again (web/session.py)
    install_observability(app, "web")
    app.add_middleware(SecurityHeadersMiddleware, policy=page_policy(inline_handler_hashes(TEMPLATES_DIR)))
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_secret,
        session_cookie="yimen_session",
        max_age=settings.session_max_age_seconds,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError):
        expired = isinstance(exc, Unauthorized) or (
            isinstance(exc, Forbidden)
            and exc.extra.get("reason") == "csrf"
            and not request.session.get("user")
        )
        if expired and not request.url.path.startswith("/login"):
            # the login ran out while the clerk typed: keep what was posted, log in again, show it again
            kept = await keep_form(request)
            request.session.pop("user", None)
            target = f"/login?next={request.url.path}" + ("&kept=1" if kept else "")
            if is_htmx(request):
                if urlsplit(request.headers.get("hx-current-url", "")).path in KEPT_FORMS:
                    return Response(status_code=204)  # a live check of a long form: the submit will keep it
                return Response(status_code=200, headers={"HX-Redirect": target})
            return RedirectResponse(target, status_code=303)
        block = "error" if is_htmx(request) else None
        return render(request, "error.html", {"error": exc}, status_code=exc.status, block=block)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # a mistyped address or form field gets the same Chinese error page, not a JSON dump
        if all(tuple(e.get("loc", ()))[:1] == ("path",) for e in exc.errors()):
            return await _problem(request, NotFound("没有这个页面，请检查地址，或从首页进入"))
        errors = [{"field": field_path(tuple(e.get("loc", ()))), "type": e.get("type")} for e in exc.errors()]
        return await _problem(request, Invalid("字段不合法", errors=errors))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        # unknown addresses and wrong methods: the Chinese error page, never the framework's JSON
        if exc.status_code == 405:
            problem = ProblemError("此页面不能这样打开，请从页面上的按钮或链接进入")
            problem.status, problem.title = 405, "打开方式不对"
        elif exc.status_code == 404:
            problem = NotFound("没有这个页面，请检查地址，或从首页进入")
        else:
            problem = ProblemError("请求未能完成，请稍后重试")
            problem.status = exc.status_code
        return await _problem(request, problem)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    def readyz() -> dict:
        # The web front holds no state and no database: ready once it serves. Downstream services are
        # not checked, so one of them being down never takes every web replica out of rotation.
        return {"status": "ok"}

    for module in (auth, intake, wizard, escalations, eligibility, transfer, consultations, public, accounts):
        app.include_router(module.router)
    for module in (appointments, outreach, needs):  # service modes (issue 12)
        app.include_router(module.router)
    app.include_router(procedure.router)  # the item procedure's panel (issue 8)
    app.include_router(payments.router)  # disbursement lists, roster, annual review (issue 8)
    app.include_router(supervision.router)  # supervision, exports, reports, read audit (issue 9)
    app.include_router(disclosures.router)  # 公示 for the public (issue 9)
    app.include_router(audits.router)  # 三随机 and the archive's integrity check (issue 9)
    app.include_router(archive.router)  # a case's scans and archive (issue 9)
    app.include_router(emergency.router)  # 先行救助 at the window, before acceptance too (issue 8)
    return app

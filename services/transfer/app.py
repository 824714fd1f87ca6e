"""The transfer service (转办服务): slips to receiving departments, partner callbacks, deadlines."""

import threading

import anyio.from_thread
import httpx
from fastapi import FastAPI, Request

from services.common.app import create_service_app
from services.common.calendar import WorkingDayCalendar
from services.common.db import Database
from services.common.http import ServiceClient
from services.common.outbox import run_worker_loop
from services.eligibility.client import EligibilityClient
from services.intake.client import IntakeClient
from services.transfer import models  # noqa: F401  (registers every table)
from services.transfer.actions.routes import router as actions_router
from services.transfer.caps.limits import CapLimitsSource
from services.transfer.caps.routes import router as caps_router
from services.transfer.deadlines.routes import router as supervision_router
from services.transfer.deadlines.worker import deadline_worker
from services.transfer.delivery.models import TransferIdempotency
from services.transfer.delivery.routes import router as deliveries_router
from services.transfer.delivery.webhooks_doc import describe_webhooks
from services.transfer.delivery.worker import Deliverer
from services.transfer.departments import inbound
from services.transfer.departments import service as departments
from services.transfer.departments.routes import router as departments_router
from services.transfer.departments.secrets import cipher_for
from services.transfer.disclosures.routes import public_router as disclosures_public_router
from services.transfer.disclosures.routes import router as disclosures_router
from services.transfer.emergency.routes import router as emergency_router
from services.transfer.grants.routes import router as grants_router
from services.transfer.major.routes import router as major_router
from services.transfer.needs.routes import router as needs_router
from services.transfer.payments.routes import router as payments_router
from services.transfer.procedure.routes import router as procedure_router
from services.transfer.recipients.routes import router as recipients_router
from services.transfer.settings import TransferSettings
from services.transfer.slips.issuing import Context
from services.transfer.slips.routes import cases as cases_router
from services.transfer.slips.routes import public as verify_router
from services.transfer.slips.routes import router as slips_router
from services.transfer.statistics.routes import router as statistics_router

DESCRIPTION = """转办服务：按分流结果向承办部门发出五类通知单（分办、转送、转交、转办、转介），
接收部门签收、3个工作日内提出意见、办理、3个工作日内反馈；逾期催办、督办；纸质通知单二维码核验。

认证：`Authorization: Bearer <token>`。工作人员令牌由受理服务 `POST /v1/auth/token` 签发；
协同部门系统使用管理员签发的 `ymp_…` 令牌回调 `POST /v1/slips/{id}/events`（支持 `Idempotency-Key`）。
推送给协同部门系统的消息见本文档 `webhooks` 部分（Standard Webhooks 签名）。
错误：RFC 9457 `application/problem+json`，校验错误以 `field` 指明字段。"""
TAGS = [
    {
        "name": "disclosures",
        "description": "救助公示与异议 / Public disclosure — 公示名单（脱敏）、公众异议及答复",
    },
    {
        "name": "procedure",
        "description": "办理流程 / Item procedure — 诚信承诺和授权、入户调查、家庭经济状况核对、审核与公示、"
        "审批领导小组审批、不予救助告知书 (per item and street, as data)",
    },
    {
        "name": "payments",
        "description": "救助金发放 / Payments — 月度发放名册（生成、锁定）、代发银行文件、银行回盘、失败更正重发",
    },
    {
        "name": "recipients",
        "description": "在册救助对象 / Recipients — 低保、特困在册名单、年审批量测算与年审任务（继续、调整、停发）",
    },
    {
        "name": "cases",
        "description": "受理案件 / Cases — 受理服务移交的案件、先行救助与补齐手续 "
        "(accepted cases from intake, emergency aid, paperwork)",
    },
]


def delivery_worker(app: FastAPI, stop: threading.Event) -> None:
    """Start a batch for each partner endpoint with due webhooks (each on its own lane) until stopped."""
    deliverer: Deliverer = app.state.deliverer
    try:
        run_worker_loop(
            deliverer.dispatch_webhooks, stop, app.state.settings.worker_interval_seconds, "delivery"
        )
    finally:
        deliverer.shutdown()


# 1: each pass sends the due events of all cases in one call to intake, in their order (POST
# /v1/applications/events, up to 50); one call per case at once (8) cost ~35 % more server CPU per intake
INTAKE_CASES_AT_ONCE = 1


def intake_events_worker(app: FastAPI, stop: threading.Event) -> None:
    """Send the case-timeline events to intake on their own lane, never behind a partner's webhook; a
    backlog is worked off at once (drain), many events per call, each case's events in their order."""
    deliverer: Deliverer = app.state.deliverer
    run_worker_loop(
        lambda: deliverer.run_intake(cases_at_once=INTAKE_CASES_AT_ONCE),
        stop,
        app.state.settings.worker_interval_seconds,
        "intake-events",
        drain=True,
    )


def create_app(
    settings: TransferSettings | None = None,
    db: Database | None = None,
    intake: ServiceClient | None = None,
    eligibility: ServiceClient | None = None,
    webhook_http: httpx.Client | None = None,
) -> FastAPI:
    """Build the app; tests inject intake/eligibility clients and the HTTP client used for webhooks."""
    settings = settings or TransferSettings()
    db = db or Database.from_settings(settings)
    platform = settings.platform
    common = dict(auth_secret=platform.auth_secret, caller="transfer")
    intake = intake or IntakeClient(platform.intake_url, retries=0, **common)
    eligibility = eligibility or EligibilityClient(platform.eligibility_url, **common)
    app = create_service_app(
        name="transfer",
        title="Yimen 转办服务 (transfer)",
        description=DESCRIPTION,
        settings=settings,
        db=db,
        workers=[delivery_worker, intake_events_worker, deadline_worker],
        routers=[
            cases_router,
            emergency_router,
            slips_router,
            deliveries_router,
            departments_router,
            supervision_router,
            grants_router,
            disclosures_public_router,
            disclosures_router,
            caps_router,
            major_router,
            needs_router,
            actions_router,
            statistics_router,
            procedure_router,
            payments_router,
            recipients_router,
            verify_router,
        ],
        openapi_tags=TAGS,
        idempotency_model=TransferIdempotency,
    )
    ctx = Context(calendar=WorkingDayCalendar(), settings=settings, clock=app.state.clock)
    cipher = cipher_for(settings.secret_key, platform.auth_secret)
    # the 临时救助 caps live in eligibility's parameters; a short cache spares it one call per decision
    app.state.cap_limits = CapLimitsSource(eligibility, app.state.clock)
    app.state.ctx, app.state.cipher, app.state.intake, app.state.eligibility = (
        ctx,
        cipher,
        intake,
        eligibility,
    )
    # webhooks never follow redirects: a 3xx is a failed delivery
    http = webhook_http or httpx.Client(timeout=settings.webhook_timeout_seconds, follow_redirects=False)
    attempts = app.state.metrics.counter(
        "transfer_webhook_attempts_total", "Webhook delivery attempts to partner systems", ["outcome"]
    )
    app.state.deliverer = Deliverer(
        db=db, ctx=ctx, cipher=cipher, http=http, intake=intake, attempts_counter=attempts
    )

    def resolve(request: Request, token: str):
        """The partner behind a ymp_ token; a signed call must carry the department's signature too."""
        with request.app.state.db.session() as session:
            principal = departments.resolve_partner_token(session=session, token=token)
            writes = request.method not in ("GET", "HEAD", "OPTIONS")
            if principal is not None and (inbound.is_signed(request.headers) or writes):
                inbound.check_signature(
                    session=session,
                    cipher=cipher,
                    department_id=principal.department_id,
                    headers=request.headers,
                    body=anyio.from_thread.run(request.body),  # we run in a worker thread here
                    required=writes and settings.partner_signatures_required,
                )
            return principal

    app.state.token_resolver = resolve
    describe_webhooks(app)
    return app

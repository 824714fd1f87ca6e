"""The intake service (受理服务): applications, one-time notices, acceptance, deadlines, the ledger."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.db import Database
from services.common.http import ServiceClient
from services.common.sms import SmsGateway, load_gateway
from services.eligibility.client import EligibilityClient
from services.intake import models  # noqa: F401  (registers every table)
from services.intake.accounts.routes import router as accounts_router
from services.intake.accounts.service import RevokedTokens, demo_accounts_left
from services.intake.agents.routes import router as agents_router
from services.intake.applications.routes import router as applications_router
from services.intake.appointments.reminders import reminder_worker
from services.intake.appointments.routes import public_router as appointments_public_router
from services.intake.appointments.routes import router as appointments_router
from services.intake.archive.routes import router as archive_router
from services.intake.audit.routes import router as audit_router
from services.intake.audits.routes import router as audits_router
from services.intake.consultations.routes import router as consultations_router
from services.intake.deadlines.routes import calendar_router
from services.intake.deadlines.routes import router as deadlines_router
from services.intake.emergency.routes import router as emergency_router
from services.intake.handoff.models import IntakeIdempotency
from services.intake.handoff.routes import router as events_router
from services.intake.handoff.service import HandoffSender, handoff_worker
from services.intake.homeservice.routes import router as home_service_router
from services.intake.notices.routes import router as notices_router
from services.intake.online.routes import public_router as online_public_router
from services.intake.online.routes import router as online_router
from services.intake.outreach.routes import router as outreach_router
from services.intake.people.routes import public_router
from services.intake.people.routes import router as people_router
from services.intake.settings import IntakeSettings
from services.intake.texting import service as texting
from services.transfer.client import TransferClient

DESCRIPTION = """受理服务：任一窗口“一门受理”，一次性告知、受理回执、限时办结期限、案件台账。

认证：`Authorization: Bearer <token>`，令牌由 `POST /v1/auth/token` 以用户名密码换取。
错误：RFC 9457 `application/problem+json`，校验错误以 `field` 指明字段。
幂等：`POST /v1/applications` 支持 `Idempotency-Key`（同键同内容返回同一结果，同键不同内容 422）。
公众接口（无需令牌）：`/v1/public/progress`、`/v1/public/ratings`、`/v1/public/complaints`。"""

# Chinese first (the users), English after (integrators and generated SDKs)
TAGS = [
    {"name": "auth", "description": "登录与注销 · Log in (password for a bearer token) and log out"},
    {
        "name": "applications",
        "description": "申请登记、案件详情、台账、撤回、不予受理、归档、重复救助核查 · "
        "Register applications, read the case and the ledger, change its status, duplicate-aid check",
    },
    {
        "name": "notices",
        "description": "收取材料、一次性告知、补正与受理 · Materials, the one-time notice, supplements, acceptance",
    },
    {"name": "deadlines", "description": "暂停、恢复计时与延期 · Pause, resume and extend a case's deadline"},
    {
        "name": "calendar",
        "description": "工作日日历与国务院节假日安排 · Working-day calendar and the State Council holiday notices",
    },
    {
        "name": "events",
        "description": "转办服务回传的通知单事件 · Slip events reported by the transfer service",
    },
    {
        "name": "public",
        "description": "公众：进度查询、好差评、找茬投诉（无需令牌） · The public: progress, ratings, complaints (no token)",
    },
    {"name": "complaints", "description": "投诉台账与答复 · The complaint ledger: record, assign, reply"},
    {"name": "reports", "description": "好差评统计与案件统计 · Rating report and case statistics"},
    {
        "name": "audit",
        "description": "个人信息访问记录（只增不改） · Read audit: who viewed, printed, exported what",
    },
    {
        "name": "archive",
        "description": "资料归档：扫描件、档案号、档案下载、完整性检查 · Scanned materials and the archive",
    },
    {
        "name": "audits",
        "description": "三随机抽查：随机抽案、随机选派、检查结果 · Random audits and their findings",
    },
]


def create_app(
    settings: IntakeSettings | None = None,
    db: Database | None = None,
    eligibility: ServiceClient | None = None,
    transfer: ServiceClient | None = None,
    sms: SmsGateway | None = None,
) -> FastAPI:
    """Build the app; tests inject the eligibility and transfer clients (fakes or TestClient-backed)."""
    settings = settings or IntakeSettings()
    db = db or Database.from_settings(settings)
    platform = settings.platform
    common = dict(auth_secret=platform.auth_secret, caller="intake")
    eligibility = eligibility or EligibilityClient(platform.eligibility_url, **common)
    transfer = transfer or TransferClient(platform.transfer_url, retries=0, **common)
    app = create_service_app(
        name="intake",
        title="Yimen 受理服务 (intake)",
        description=DESCRIPTION,
        settings=settings,
        db=db,
        workers=[handoff_worker, reminder_worker],
        openapi_tags=TAGS,
        idempotency_model=IntakeIdempotency,
        routers=[
            accounts_router,
            applications_router,
            emergency_router,
            notices_router,
            deadlines_router,
            events_router,
            calendar_router,
            public_router,
            people_router,
            appointments_router,
            appointments_public_router,
            home_service_router,
            agents_router,
            outreach_router,
            consultations_router,
            online_public_router,
            online_router,
            audit_router,
            audits_router,
            archive_router,
        ],
    )
    app.state.eligibility, app.state.transfer = eligibility, transfer
    app.state.sms = sms or load_gateway(settings.sms_gateway)
    texting.install(app.state.sms)  # the applicant's texts on acceptance and conclusion, after commit
    app.state.token_revoked = RevokedTokens(db)  # held in memory: no query per request (seconds' window)
    if not platform.is_demo:
        refuse_demo_accounts(db)
    app.state.handoff_sender = HandoffSender(eligibility=eligibility, transfer=transfer)
    return app


def refuse_demo_accounts(db: Database) -> None:
    """Production does not start while an account still opens with the published demo password."""
    with db.session() as session:
        left = demo_accounts_left(session=session)
    if left:
        raise RuntimeError(
            f"production refuses to start: demo accounts {', '.join(left)} still use the published demo"
            " password. Deactivate each one (python -m services.intake.accounts.cli deactivate --username"
            " NAME) or give it a new password (… cli set-password --username NAME), then start again."
        )

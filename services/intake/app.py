"""The intake service (受理服务): applications, one-time notices, acceptance, deadlines, the ledger."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.db import Database
from services.intake import models  # noqa: F401  (registers every table)
from services.intake.accounts.routes import router as accounts_router
from services.intake.settings import IntakeSettings

DESCRIPTION = """受理服务：任一窗口“一门受理”，一次性告知、受理回执、限时办结期限、案件台账。

认证：`Authorization: Bearer <token>`，令牌由 `POST /v1/auth/token` 以用户名密码换取。
错误：RFC 9457 `application/problem+json`，校验错误以 `field` 指明字段。"""


def create_app(settings: IntakeSettings | None = None, db: Database | None = None) -> FastAPI:
    settings = settings or IntakeSettings()
    db = db or Database(settings.database_url)
    return create_service_app(name="intake", title="Yimen 受理服务 (intake)", description=DESCRIPTION,
                              settings=settings, db=db, routers=[accounts_router])

"""The transfer service."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.db import Database
from services.transfer import models  # noqa: F401  (registers every table)
from services.transfer.settings import TransferSettings

DESCRIPTION = """TODO"""


def create_app(settings: TransferSettings | None = None, db: Database | None = None) -> FastAPI:
    settings = settings or TransferSettings()
    db = db or Database(settings.database_url)
    return create_service_app(name="transfer", title="Yimen transfer", description=DESCRIPTION,
                              settings=settings, db=db, routers=[])

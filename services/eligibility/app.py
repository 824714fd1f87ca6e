"""The eligibility service."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.db import Database
from services.eligibility import models  # noqa: F401  (registers every table)
from services.eligibility.settings import EligibilitySettings

DESCRIPTION = """TODO"""


def create_app(settings: EligibilitySettings | None = None, db: Database | None = None) -> FastAPI:
    settings = settings or EligibilitySettings()
    db = db or Database(settings.database_url)
    return create_service_app(name="eligibility", title="Yimen eligibility", description=DESCRIPTION,
                              settings=settings, db=db, routers=[])

"""Shared alembic env for every service: URL from the service's settings, its own version table."""

import importlib

from alembic import context

from services.common.db import make_engine

SERVICES = {
    "intake": ("services.intake.models", "services.intake.settings", "IntakeSettings"),
    "eligibility": ("services.eligibility.models", "services.eligibility.settings", "EligibilitySettings"),
    "transfer": ("services.transfer.models", "services.transfer.settings", "TransferSettings"),
}


def metadata_of(service: str):
    return importlib.import_module(SERVICES[service][0]).metadata


def url_of(service: str) -> str:
    _, settings_module, settings_class = SERVICES[service]
    return getattr(importlib.import_module(settings_module), settings_class)().database_url


def run(service: str) -> None:
    config = context.config
    # Tests and tools may hand over a connection or a URL; otherwise the service's settings decide.
    connection = config.attributes.get("connection")
    url = config.attributes.get("url") or url_of(service)
    options = dict(
        target_metadata=metadata_of(service),
        version_table=f"alembic_version_{service}",
        render_as_batch=True,
        compare_type=True,
    )
    if context.is_offline_mode():
        context.configure(url=url, literal_binds=True, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    if connection is not None:
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, **options)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()

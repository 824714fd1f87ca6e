"""Migrations and models agree, and every migration can be undone."""

import pytest
from alembic import command
from sqlalchemy import inspect

from migrations.migrate import SERVICES, config, differences
from services.common.db import make_engine
from tests.conftest import RUN_ID, _create_database, _drop_database


@pytest.mark.parametrize("service", SERVICES)
def test_models_and_migrations_agree(service, engines):
    with engines[service].connect() as conn:
        diff = differences(service, conn)
    assert diff == [], f"{service}: models differ from migrations; generate a revision: {diff}"


@pytest.mark.parametrize("service", SERVICES)
def test_migrations_downgrade_to_nothing_and_back(service, tmp_path):
    name = f"yimen_mig_{RUN_ID}_{service}"
    url = _create_database(name, tmp_path)
    try:
        command.upgrade(config(service, url=url), "head")
        command.downgrade(config(service, url=url), "base")
        engine = make_engine(url)
        leftover = set(inspect(engine).get_table_names()) - {f"alembic_version_{service}"}
        engine.dispose()
        assert leftover == set()
        command.upgrade(config(service, url=url), "head")
    finally:
        _drop_database(name)

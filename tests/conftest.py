"""Test harness: fresh databases per run (SQLite files, or PostgreSQL databases of our own),
migrated with alembic, and each test in a rolled-back transaction.

YIMEN_TEST_DB=postgresql runs the same suite on PostgreSQL (admin URL: YIMEN_TEST_PG_URL).
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import pytest
from sqlalchemy import text
from starlette.testclient import TestClient

from migrations.migrate import SERVICES, config
from services.common.auth import Principal, issue_token
from services.common.clock import SHANGHAI
from services.common.clock import clock as process_clock
from services.common.db import Database, make_engine
from services.common.settings import DEMO_AUTH_SECRET

BACKEND = os.environ.get("YIMEN_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("YIMEN_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
RUN_ID = uuid.uuid4().hex[:8]
os.environ.setdefault("YIMEN_MODE", "demo")
os.environ.setdefault("YIMEN_LOG_JSON", "false")
os.environ.setdefault("YIMEN_LOG_LEVEL", "WARNING")


# Business "today" of every test: a Tuesday of 2026, a year with holiday data, so the suite
# gives the same answers on any real day (CI also runs it a year ahead under libfaketime).
TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=SHANGHAI)


@pytest.fixture(autouse=True)
def clock() -> Iterator:
    """The one clock, set to NOW for every test; a test moves it with clock.set / clock.advance."""
    process_clock.set(NOW)
    yield process_clock
    process_clock.reset()


def pytest_report_header(config):
    return f"yimen database backend: {BACKEND} (run {RUN_ID})"


def _create_database(name: str, tmp_dir) -> str:
    if BACKEND == "sqlite":
        return f"sqlite:///{tmp_dir / (name + '.db')}"
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def _drop_database(name: str) -> None:
    if BACKEND == "sqlite":
        return
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory) -> Iterator[dict[str, str]]:
    """One fresh, migrated database per service for this test run."""
    from alembic import command

    tmp = tmp_path_factory.mktemp("db")
    names = {svc: f"yimen_test_{RUN_ID}_{svc}" for svc in SERVICES}
    urls = {svc: _create_database(name, tmp) for svc, name in names.items()}
    for svc, url in urls.items():
        command.upgrade(config(svc, url=url), "head")
    yield urls
    for name in names.values():
        _drop_database(name)


@pytest.fixture(scope="session")
def engines(database_urls):
    engines = {svc: make_engine(url) for svc, url in database_urls.items()}
    yield engines
    for engine in engines.values():
        engine.dispose()


@contextmanager
def rolled_back(engine) -> Iterator[Database]:
    """A Database whose every session joins one outer transaction that is rolled back afterwards."""
    conn = engine.connect()
    outer = conn.begin()
    try:
        yield Database(str(engine.url), connection=conn)
    finally:
        outer.rollback()
        conn.close()


@pytest.fixture
def intake_db(engines) -> Iterator[Database]:
    with rolled_back(engines["intake"]) as db:
        yield db


@pytest.fixture
def eligibility_db(engines) -> Iterator[Database]:
    with rolled_back(engines["eligibility"]) as db:
        yield db


@pytest.fixture
def transfer_db(engines) -> Iterator[Database]:
    with rolled_back(engines["transfer"]) as db:
        yield db


@pytest.fixture
def committed_databases(database_urls, engines) -> Iterator[dict[str, Database]]:
    """Real commits across connections (for concurrency tests); every table emptied afterwards."""
    from migrations.env_common import metadata_of

    dbs = {svc: Database(url) for svc, url in database_urls.items()}
    yield dbs
    for svc, db in dbs.items():
        with engines[svc].begin() as conn:
            # twice: intake's triggers log the first pass's deleted cases into case_tally_change
            for table in 2 * list(reversed(metadata_of(svc).sorted_tables)):
                conn.execute(table.delete())
        db.engine.dispose()


def token_for(
    role: str,
    region: str = "370211001",
    subject: str | None = None,
    name: str = "测试员",
    department_id: str | None = None,
) -> str:
    """A signed bearer token as the intake service would issue it."""
    return issue_token(
        DEMO_AUTH_SECRET,
        Principal(
            subject=subject or f"test_{role}",
            role=role,
            region=region,
            name=name,
            department_id=department_id,
        ),
    )


def auth(role: str, region: str = "370211001", **kwargs) -> dict[str, str]:
    """Authorization header for a test caller."""
    return {"Authorization": f"Bearer {token_for(role, region, **kwargs)}"}


@pytest.fixture
def make_client():
    """Wrap an ASGI app in a synchronous test client that is closed afterwards."""
    clients: list[TestClient] = []

    def _make(app, base_url: str = "http://testserver") -> TestClient:
        client = TestClient(app, base_url=base_url, raise_server_exceptions=False)
        clients.append(client)
        return client

    yield _make
    for client in clients:
        client.close()

"""Database engine and the request-scoped session; each service passes its own metadata."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, MetaData, event, text
from sqlalchemy.orm import registry
from sqlmodel import Session, SQLModel, create_engine

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_registry() -> registry:
    """A registry with its own metadata, so no table is ever shared between services."""
    return registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int = 20, **kwargs) -> Engine:
    """Engine for SQLite (embedded default) or PostgreSQL (production), same code for both."""
    if url.startswith("postgresql://"):
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # pysqlite's own transaction handling breaks SAVEPOINTs; we emit BEGIN ourselves (SQLAlchemy recipe)
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # IMMEDIATE takes the write lock up front: no deadlock between two read-then-write transactions
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow, **kwargs)


def is_postgres(session_or_engine) -> bool:
    bind = session_or_engine.get_bind() if isinstance(session_or_engine, Session) else session_or_engine
    return bind.dialect.name == "postgresql"


class Database:
    """Owns the engine; hands out sessions that commit on success and roll back on error."""

    def __init__(
        self, url: str, *, connection: Connection | None = None, pool_size: int = 10, max_overflow: int = 20
    ):
        self.url = url
        self.engine = (
            connection.engine
            if connection is not None
            else make_engine(url, pool_size=pool_size, max_overflow=max_overflow)
        )
        # Tests bind every session to one outer transaction that they roll back afterwards.
        self._connection = connection

    @classmethod
    def from_settings(cls, settings) -> "Database":
        """The service's database as its settings describe it (URL and connection pool)."""
        return cls(
            settings.database_url, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit if the block succeeds, roll back if it raises."""
        if self._connection is not None:
            session = Session(
                bind=self._connection, join_transaction_mode="create_savepoint", expire_on_commit=False
            )
        else:
            session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def ping(self) -> None:
        with self.session() as session:
            session.exec(text("SELECT 1"))

    def create_all(self, metadata: MetaData) -> None:
        metadata.create_all(self._connection if self._connection is not None else self.engine)


def get_session(request: Request) -> Iterator[Session]:
    """FastAPI dependency: one transaction per request, committed before the response is sent."""
    with request.app.state.db.session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]

__all__ = ["SQLModel", "Database", "SessionDep", "new_registry", "is_postgres", "NAMING_CONVENTION"]

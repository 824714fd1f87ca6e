"""Every transfer table, imported so alembic and create_all see the whole metadata."""

from services.transfer.base import metadata

__all__ = ["metadata"]

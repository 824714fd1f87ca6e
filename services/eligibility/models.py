"""Every eligibility table, imported so alembic and create_all see the whole metadata."""

from services.eligibility.base import metadata

__all__ = ["metadata"]

"""Every intake table, imported so alembic and create_all see the whole metadata."""

from services.intake.accounts.models import StaffAccount
from services.intake.base import metadata

__all__ = ["metadata", "StaffAccount"]

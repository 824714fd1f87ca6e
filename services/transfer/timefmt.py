"""Datetimes in API answers are always timezone-aware UTC (SQLite hands them back naive)."""

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_aware)]

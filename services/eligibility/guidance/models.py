"""Suggestion rules: which items to suggest for a described difficulty (admin-editable data)."""

from datetime import datetime

from sqlalchemy import JSON
from sqlmodel import Field

from services.common.clock import utcnow
from services.eligibility.base import EligibilityTable


class SuggestionRule(EligibilityTable, table=True):
    """Suggest an item when a keyword appears in the difficulty or a fact condition holds."""

    __tablename__ = "suggestion_rule"

    id: int | None = Field(default=None, primary_key=True)
    item_code: str = Field(max_length=64, index=True)
    keywords: list[str] = Field(default_factory=list, sa_type=JSON)
    fact_condition: str = Field(default="", max_length=500)  # rule language over SUGGESTION_FACTS
    reason: str = Field(max_length=300)
    priority: int = 100
    active: bool = True
    version: int = 1
    updated_by: str = Field(default="system", max_length=64)
    updated_at: datetime = Field(default_factory=utcnow)

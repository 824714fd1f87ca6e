"""Every eligibility table, imported so alembic and create_all see the whole metadata."""

from services.eligibility.base import metadata
from services.eligibility.catalogue.models import (
    AssistanceItem,
    CatalogueChange,
    HandlingLevel,
    ItemMaterial,
    Material,
)
from services.eligibility.guidance.models import SuggestionRule
from services.eligibility.rules.models import RuleParameter, RuleSet

__all__ = [
    "metadata",
    "AssistanceItem",
    "CatalogueChange",
    "HandlingLevel",
    "ItemMaterial",
    "Material",
    "SuggestionRule",
    "RuleParameter",
    "RuleSet",
]

"""Guidance schemas: the material checklist, routing decisions and item suggestions."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.common.vocabulary import DepartmentType, SlipKind
from services.eligibility.catalogue.schemas import Level


class ChecklistRequest(BaseModel):
    """Items applied for and the materials already provided."""

    item_codes: list[str] = Field(
        min_length=1, max_length=30, examples=[["temporary_assistance", "medical_assistance"]]
    )
    provided: list[str] = Field(default=[], max_length=200, examples=[["id_card"]])


class MissingMaterial(BaseModel):
    """A material still to bring, with the items that need it."""

    code: str
    name: str
    copies: int
    original: bool
    reasons: list[str]


class SharedMaterial(BaseModel):
    """A material obtained by data sharing (减证便民): never asked from the applicant."""

    code: str
    name: str


class ChecklistResponse(BaseModel):
    """What is still missing, asked once across all items (一次性告知)."""

    missing: list[MissingMaterial]
    provided: list[str]
    shared_data: list[SharedMaterial]


class RouteRequest(BaseModel):
    """Where one item goes: the window asking, its level, and the applicant's hukou region."""

    item_code: str = Field(examples=["temporary_assistance"])
    window_level: Level = Field(examples=["town"])
    window_region: str = Field(pattern=r"^\d{6}(\d{3})?$", examples=["370211001"])
    hukou_region: str = Field(pattern=r"^\d{6}(\d{3})?$", examples=["370211002"])


class RouteDecision(BaseModel):
    """The slip kind and who receives it, with the reason."""

    kind: SlipKind
    receiver_department_type: DepartmentType
    receiver_region: str
    reason: str
    handling_level: Level


class SuggestionRequest(BaseModel):
    """The difficulty in the applicant's words, and any facts already known."""

    difficulty: str = Field(default="", max_length=4000, examples=["家里失火，房子烧了，孩子在上大学"])
    facts: dict[str, Any] = Field(default={}, examples=[{"on_dibao": True, "age": 82}])


class Suggestion(BaseModel):
    """An item that may apply, with the reason."""

    item_code: str
    name: str
    reason: str


class SuggestionResponse(BaseModel):
    """Suggested items, most relevant first."""

    suggestions: list[Suggestion]


class SuggestionRuleWrite(BaseModel):
    """A suggestion rule: keywords in the difficulty and/or a condition on known facts (admin data)."""

    model_config = ConfigDict(extra="forbid")  # a misspelled key is a 422 naming it, never ignored

    item_code: str
    keywords: list[str] = Field(default=[], max_length=50)
    fact_condition: str = Field(
        default="",
        max_length=500,
        examples=["age >= 80"],
        description="规则语言表达式，只能读取 age、members、on_dibao、disabled、bereaved、unemployed、"
        "has_student（docs/rules.md）",
    )
    reason: str = Field(min_length=1, max_length=300)
    priority: int = 100
    active: bool = True
    note: str = Field(default="", max_length=500)


class SuggestionRulePublic(SuggestionRuleWrite):
    """A stored suggestion rule with its version."""

    model_config = ConfigDict(extra="ignore")  # an answer: a client tolerates fields added later

    id: int
    version: int
    updated_at: datetime | None = None

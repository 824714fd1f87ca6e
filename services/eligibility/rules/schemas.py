"""Rule schemas: evaluations, parameters with effective dates, and rule sets as data."""

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Outcome = Literal["eligible", "ineligible", "needs_facts"]
ConditionOutcome = Literal["passed", "failed", "unknown"]
FactSource = Literal["declared", "records", "missing"]

TEMPORARY_ASSISTANCE_EXAMPLE = {
    "item_code": "temporary_assistance",
    "as_of": "2026-03-15",
    "facts": {
        "members": 3,
        "residency": "local_hukou",
        "on_dibao": False,
        "assistance_type": "expenditure",
        "income_6m": "12000.00",
        "medical_expense_6m": "8000.00",
        "education_expense_6m": "0.00",
        "income_12m": "30000.00",
        "assets_excluding_home": "50000.00",
        "granted_amount_this_year": "0.00",
        "grants_this_year": 0,
        "requested_amount": "3000.00",
    },
}


class EvaluationRequest(BaseModel):
    """Evaluate one household for one item on a date."""

    item_code: str = Field(examples=["temporary_assistance"])
    as_of: date = Field(examples=["2026-03-15"])
    facts: dict[str, Any] = {}
    household_id_numbers: list[str] | None = Field(default=None, max_length=30)

    model_config = {"json_schema_extra": {"examples": [TEMPORARY_ASSISTANCE_EXAMPLE]}}


class ConditionResult(BaseModel):
    """One condition, explained: what was checked, the numbers used, and the result."""

    id: str
    description: str
    result: ConditionOutcome
    detail: str
    exempt: bool = False  # passed because the condition does not apply (e.g. 急难型 has no income test)
    values: dict[str, str] = {}  # the quantities compared, money as yuan strings
    missing_facts: list[str] = []


class EvaluationResult(BaseModel):
    """The outcome with every condition explained."""

    item_code: str
    as_of: date
    outcome: Outcome
    conditions: list[ConditionResult]
    missing_facts: list[str]
    parameters: dict[str, Any]  # money as yuan strings, counts as ints
    parameter_dates: dict[str, date] = {}  # the effective-from date of each parameter value used
    rule_version: str
    fact_sources: dict[str, FactSource] = {}
    fact_labels: dict[str, str] = {}  # Chinese label of every fact the rule reads
    ignored_facts: list[str] = []
    notes: list[str] = []
    summary: str = ""


class ParameterPublic(BaseModel):
    """One value of a parameter from its effective date."""

    id: int
    name: str
    label: str
    unit: Literal["money", "count"]
    value: str | int  # money as yuan string, counts as int
    effective_from: date
    note: str = ""
    created_by: str
    created_at: datetime
    superseded_at: datetime | None = None


class ParameterWrite(BaseModel):
    """A new value from a date; the same date again supersedes (never overwrites) the earlier row."""

    label: str = Field(default="", max_length=100)
    unit: Literal["money", "count"] | None = None
    value: str | int = Field(examples=["1120.00"])
    effective_from: date
    note: str = Field(default="", max_length=500)


class RuleSetPublic(BaseModel):
    """A rule set version: the facts it reads and its conditions (expressions in the rule language)."""

    item_code: str
    version: int
    definition: dict[str, Any]
    created_by: str
    created_at: datetime
    note: str = ""
    active: bool = True


class RuleSetWrite(BaseModel):
    definition: dict[str, Any]
    note: str = Field(default="", max_length=500)

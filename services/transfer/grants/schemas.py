"""Grant summary schemas (eligibility's source for the per-year limits and the duplicate-aid guard)."""

from datetime import date

from pydantic import BaseModel, Field


class GrantLine(BaseModel):
    """One recorded grant."""

    item_code: str
    amount: str
    grant_date: date
    case_number: str
    id_number: str


class GrantsSummary(BaseModel):
    """A household's recorded grants in one calendar year."""

    grants_this_year: int
    granted_amount_this_year: str
    grants: list[GrantLine]


class GrantsQuery(BaseModel):
    """Whose grants, which year: the ID numbers travel in the body, never in a URL a proxy would log."""

    id_numbers: list[str] = Field(min_length=1, max_length=50, examples=[["370211198506120113"]])
    year: int = Field(ge=2000, le=2100, examples=[2026])
    item_code: str | None = Field(default=None, max_length=64, examples=["temporary_assistance"])

"""Grant summary schemas (eligibility's source for the per-year limits and the duplicate-aid guard)."""

from datetime import date

from pydantic import BaseModel


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

"""Materials, supplements and acceptance requests."""

from datetime import date

from pydantic import Field

from services.intake.text import Body


class MaterialsReceived(Body):
    """Materials the applicant brought (a supplement once a notice was issued)."""

    materials: list[str] = Field(min_length=1, max_length=100, examples=[["id_card", "household_register"]])
    received_date: date | None = None  # default today


class AcceptRequest(Body):
    """The acceptance decision (default today)."""

    accepted_date: date | None = None

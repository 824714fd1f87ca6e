"""The people's side: progress query, rating, complaint."""

from pydantic import Field

from services.intake.text import Body


class RatingCreate(Body):
    """好差评: one per concluded case, proven by the case number and the last 6 of the ID number."""

    case_number: str = Field(min_length=5, max_length=40)
    id_last6: str = Field(pattern=r"^[0-9]{5}[0-9Xx]$")
    level: int = Field(ge=1, le=5, description="5 非常满意 … 1 非常不满意")
    comment: str = Field(default="", max_length=1000)


class ComplaintCreate(Body):
    """找茬: what went wrong, where; contact optional."""

    region: str = Field(pattern=r"^\d{6}(\d{3})?$", examples=["370211001"])
    content: str = Field(min_length=5, max_length=4000)
    complainant_name: str = Field(default="", max_length=64)
    contact: str = Field(default="", max_length=64)
    case_number: str | None = Field(default=None, max_length=40)


class ComplaintAssign(Body):
    handler: str = Field(min_length=1, max_length=64)


class ComplaintReply(Body):
    reply: str = Field(min_length=2, max_length=4000)

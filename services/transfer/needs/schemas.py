"""Published needs (慈善/社会力量): publish, list without personal data, take up, outcomes per organisation."""

from datetime import datetime

from pydantic import BaseModel, Field

from services.common.vocabulary import NeedStatus
from services.transfer.slips.schemas import MAX_ID


class NeedCreate(BaseModel):
    """A window publishes what a case still needs, in words without name, ID or phone number."""

    case_id: int = Field(ge=1, le=MAX_ID)
    title: str = Field(min_length=2, max_length=100, examples=["独居老人需要每周助餐和陪护"])
    description: str = Field(
        min_length=5, max_length=2000, examples=["七旬独居老人术后行动不便，需上门助餐两个月"]
    )


class NeedPublic(BaseModel):
    """A need as organisations see it: no personal data, only the town."""

    id: int
    region: str
    region_name: str
    title: str
    description: str
    status: NeedStatus
    status_name: str
    published_at: datetime
    taken_by: str | None
    taken_by_name: str | None
    slip_id: int | None
    slip_number: str | None


class OrganisationOutcome(BaseModel):
    """What one social organisation did with the needs it took up (counted from its refer slips)."""

    department_id: str
    name: str
    taken: int = 0
    open: int = 0
    handled: int = 0
    feedback_given: int = 0
    returned: int = 0
    overdue: int = 0

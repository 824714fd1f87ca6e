"""Major case report (情况重大) requests and answers."""

from datetime import date

from pydantic import BaseModel, Field

from services.common.text import PlausibleDate
from services.transfer.timefmt import UtcDateTime


class MajorReportIn(BaseModel):
    """What is reported to the district government."""

    summary: str = Field(min_length=1, max_length=2000, examples=["火灾致一家五口无处居住，其中两人重伤住院"])


class AcknowledgementIn(BaseModel):
    """The district government received the report (recorded by the district's supervisor)."""

    acknowledged_by: str = Field(min_length=1, max_length=64, examples=["区政府办公室 刘明"])
    note: str = Field(default="", max_length=500, examples=["已转分管副区长阅处"])
    acknowledged_date: PlausibleDate | None = None


class MajorReportPublic(BaseModel):
    """A case reported as 情况重大, with the acknowledgement deadline and state."""

    case_id: int
    case_number: str
    window_region: str
    summary: str
    reported_by: str
    reported_by_name: str
    reported_at: UtcDateTime
    due_date: date = Field(description="区政府签收期限（工作日）")
    overdue: bool
    acknowledged_at: UtcDateTime | None
    acknowledged_by: str | None
    recorded_by: str | None
    note: str | None

"""先行救助 at the window: what the clerk records."""

from pydantic import BaseModel, ConfigDict, Field

from services.common.text import PlausibleDate


class EmergencyAidCreate(BaseModel):
    """Who gave what, how much (yuan, a decimal string; 0 for aid in kind) and on which day (default today)."""

    model_config = ConfigDict(extra="forbid")
    given_by: str = Field(min_length=1, max_length=100, examples=["黄岛街道民政办 孙丽"])
    what: str = Field(min_length=1, max_length=500, examples=["临时生活救助金及棉被两床"])
    amount: str = Field(default="0", pattern=r"^\d{1,9}(\.\d{1,2})?$", examples=["2000.00"])
    given_date: PlausibleDate | None = None

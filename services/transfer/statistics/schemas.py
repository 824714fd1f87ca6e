"""Department timeliness schemas (部门办理时效)."""

from datetime import date

from pydantic import BaseModel, Field


class DepartmentTimeliness(BaseModel):
    """One receiving department or social organisation over the months asked for (or one month of it)."""

    department_id: str = Field(examples=["370211-education"])
    name: str = Field(examples=["区教育局"])
    type: str = Field(examples=["education"])
    region: str = Field(examples=["370211"])
    month: str | None = Field(default=None, description="按月分列时的月份 YYYY-MM", examples=["2026-11"])
    received: int = Field(description="收到的通知单（按出具日期）")
    due_so_far: int = Field(description="办理意见已给出或已到期的通知单：按时率的分母")
    answered_within_limit: int = Field(description="在期限内（3个工作日）给出办理意见的通知单数")
    answered_within_limit_share: float | None = Field(
        description="按时率 = answered_within_limit / due_so_far（0—1）；无到期单据时为空", examples=[0.92]
    )
    median_days_to_opinion: float | None = Field(description="收到至办理意见的工作日数（中位数）")
    median_days_to_result: float | None = Field(description="收到至办理结果的工作日数（中位数）")
    median_days_to_feedback: float | None = Field(description="收到至结果反馈的工作日数（中位数）")
    returns: int = Field(description="退回的通知单")
    overdue: int = Field(description="当前逾期未办的通知单")


class TimelinessReport(BaseModel):
    """Department timeliness for a month range, scoped to the caller's region."""

    month_from: str = Field(examples=["2026-11"])
    month_to: str = Field(examples=["2026-11"])
    region: str | None
    as_of: date = Field(description="逾期按这一天计算")
    rows: list[DepartmentTimeliness]

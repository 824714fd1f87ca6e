"""The people's side: progress query, rating, complaint; the complaint ledger and the reports."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from services.common.vocabulary import ApplicationStatus
from services.intake.text import Body

ComplaintChannel = Literal["online", "window"]
ComplaintStatus = Literal["open", "replied"]


class RatingCreate(Body):
    """好差评: one per concluded case, proven by the case number and the last 6 of the ID number."""

    case_number: str = Field(min_length=5, max_length=40, examples=["HD-2026-00001"])
    id_last6: str = Field(pattern=r"^[0-9]{5}[0-9Xx]$", examples=["120114"])
    level: int = Field(ge=1, le=5, description="5 非常满意 … 1 非常不满意", examples=[5])
    comment: str = Field(default="", max_length=1000, examples=["窗口一次告知清楚，跑一次就办成了"])


class ComplaintCreate(Body):
    """找茬: what went wrong, where; contact optional."""

    region: str = Field(pattern=r"^\d{6}(\d{3})?$", examples=["370211001"])
    content: str = Field(min_length=5, max_length=4000, examples=["窗口让我来回跑了三次，每次说缺不同的材料"])
    complainant_name: str = Field(default="", max_length=64)
    contact: str = Field(default="", max_length=64)
    case_number: str | None = Field(default=None, max_length=40)


class ComplaintAssign(Body):
    """Who handles the complaint."""

    handler: str = Field(min_length=1, max_length=64, examples=["周正"])


class ComplaintReply(Body):
    """The answer to the complainant."""

    reply: str = Field(min_length=2, max_length=4000, examples=["已约谈窗口工作人员，并当面致歉"])


class ProgressStep(BaseModel):
    """One step the case went through, on its Beijing date."""

    date: date
    name: str = Field(examples=["已受理"])


class ProgressDepartment(BaseModel):
    """A department the case went to and how far it got (no staff names)."""

    receiver_name: str = Field(examples=["黄岛街道民政办"])
    kind_name: str = Field(examples=["分办"])
    progress: str = Field(examples=["承办部门已签收"])
    date: date
    reply: str | None = Field(
        default=None,
        description="承办部门致申请人的答复（反馈后才有；证件号和手机号打码）",
        examples=["您申请的临时救助已批准，3000 元已发放至社保卡"],
    )
    reply_date: date | None = Field(default=None, description="答复日期（北京时间）")


class ProgressPublic(BaseModel):
    """What the public may learn of a case: its status, steps and departments, nothing personal."""

    case_number: str = Field(examples=["HD-2026-00001"])
    status: ApplicationStatus
    status_name: str = Field(examples=["已受理"])
    due_date: date | None = Field(description="承诺办结日期（受理后）")
    notice_due_date: date | None = Field(description="一次性告知期限（受理前才有）")
    steps: list[ProgressStep] = Field(default=[], description="办理步骤（状态变化，北京时间日期）")
    departments: list[ProgressDepartment] = Field(default=[], description="接收通知单的部门及其进展")

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "case_number": "HD-2026-00001",
                    "status": "accepted",
                    "status_name": "已受理",
                    "due_date": "2026-12-22",
                    "notice_due_date": None,
                    "steps": [
                        {"date": "2026-11-24", "name": "已登记"},
                        {"date": "2026-11-24", "name": "已受理"},
                    ],
                    "departments": [
                        {
                            "receiver_name": "黄岛街道民政办",
                            "kind_name": "分办",
                            "progress": "承办部门已反馈",
                            "date": "2026-11-27",
                            "reply": "您申请的临时救助已批准，3000 元已发放至社保卡",
                            "reply_date": "2026-11-27",
                        }
                    ],
                }
            ]
        }
    }


class RatingReceipt(BaseModel):
    """The rating as recorded."""

    case_number: str
    level: int = Field(ge=1, le=5)
    level_name: str = Field(examples=["非常满意"])


class ComplaintReceipt(BaseModel):
    """The complaint's number and the day it will be answered by (what the complainant keeps)."""

    number: str = Field(examples=["ZC-2026-00001"])
    due_date: date

    model_config = {
        "json_schema_extra": {"examples": [{"number": "ZC-2026-00001", "due_date": "2026-12-08"}]}
    }


class ComplaintPublic(BaseModel):
    """A complaint in the ledger, with its handler, reply and whether the reply is late."""

    id: int
    number: str = Field(examples=["ZC-2026-00001"])
    channel: ComplaintChannel
    region: str = Field(examples=["370211001"])
    complainant_name: str
    contact: str
    case_number: str | None
    content: str
    received_date: date
    due_date: date = Field(description="答复期限：受理后5个工作日")
    handler: str | None
    reply: str | None
    replied_by: str | None
    replied_at: datetime | None
    status: ComplaintStatus
    recorded_by: str | None = Field(description="窗口登记的工作人员；网上投诉为空")
    created_at: datetime
    overdue: bool


class RatingSummary(BaseModel):
    """Ratings of one window or one staff member."""

    key: str = Field(description="窗口区域代码或工作人员用户名", examples=["370211001"])
    name: str = Field(examples=["黄岛街道"])
    count: int
    average: float = Field(examples=[4.5])
    levels: dict[str, int] = Field(description='评价等级（"1"…"5"）→ 条数', examples=[{"5": 3, "4": 1}])


class RatingReport(BaseModel):
    """好差评 by window and by first responder, within the caller's region."""

    level_names: dict[str, str] = Field(description="评价等级 → 名称", examples=[{"5": "非常满意"}])
    by_window: list[RatingSummary]
    by_staff: list[RatingSummary]


class TownCount(BaseModel):
    """Cases of one window's region in the year."""

    region: str
    name: str
    total: int
    accepted: int
    concluded: int
    overdue: int


class ItemCount(BaseModel):
    """How often an item was applied for in the year."""

    item_code: str
    item_name: str
    total: int


class MonthCount(BaseModel):
    """Cases received in one month."""

    month: int = Field(ge=1, le=12)
    total: int


class StatisticsPublic(BaseModel):
    """A year's cases by town, by item and by month (counted by the system, never by hand)."""

    year: int
    total: int
    by_town: list[TownCount]
    by_item: list[ItemCount]
    by_month: list[MonthCount]

"""What transfer tells intake about a slip, and the slips a case page lists."""

from datetime import datetime

from pydantic import BaseModel, Field

from services.common.vocabulary import ApplicationStatus, CaseEventKind, SlipKind
from services.intake.deps import MAX_ID
from services.intake.text import Body

MAX_EVENTS_PER_BATCH = 100


class SlipEvent(Body):
    """One thing that happened to a slip (docs/contracts.md); `event_id` makes it arrive once."""

    event_id: str = Field(min_length=1, max_length=100, examples=["slip-17-event-3"])
    kind: CaseEventKind = Field(examples=["slip_acknowledged"])
    slip_id: int | None = Field(default=None, ge=1, le=MAX_ID, examples=[17])
    slip_number: str | None = Field(default=None, max_length=40, examples=["FB-2026-000017"])
    at: str | None = Field(default=None, examples=["2026-11-24T09:30:00+08:00"])
    actor: str = Field(default="", max_length=100, examples=["黄岛街道民政办 刘敏"])
    detail: str = Field(default="", max_length=2000, examples=["已签收，承办人刘敏"])
    to_applicant: str | None = Field(
        default=None,
        max_length=2000,
        description="承办部门反馈时致申请人的答复（公众查询办理进度时显示，证件号和手机号打码）",
        examples=["您申请的临时救助已批准，3000 元已发放至社保卡"],
    )
    all_slips_completed: bool = False


class CaseSlipEvent(SlipEvent):
    """A slip event with the case it belongs to (one entry of a batch)."""

    application_id: int = Field(ge=1, le=MAX_ID, examples=[42])


class SlipEventBatch(Body):
    """Slip events of any cases, recorded in the order given (a case's events keep their order)."""

    events: list[CaseSlipEvent] = Field(
        min_length=1,
        max_length=MAX_EVENTS_PER_BATCH,
        examples=[
            [
                {
                    "application_id": 42,
                    "event_id": "transfer-17-issued-1a2b3c4d5e6f",
                    "kind": "slip_issued",
                    "slip_id": 17,
                    "slip_number": "FB-2026-000017",
                    "at": "2026-11-24T09:30:00+08:00",
                    "actor": "转办服务",
                    "detail": "生成分办通知单 FB-2026-000017",
                }
            ]
        ],
    )


class EventProblem(BaseModel):
    """Why one event of a batch was not recorded (the same answer its own call would have had)."""

    status: int = Field(examples=[404])
    detail: str = Field(examples=["申请 42 不存在"])
    field: str | None = Field(default=None, examples=["id"])


class EventOutcome(BaseModel):
    """One event of a batch: recorded (false: already recorded), the case's status after it, or its error."""

    event_id: str
    application_id: int
    recorded: bool
    status: ApplicationStatus | None = Field(default=None, description="空：该事件出错（见 error）")
    error: EventProblem | None = Field(default=None, description="出错时：同单条回传时的错误（状态码、说明）")


class EventBatchReceipt(BaseModel):
    """One outcome per event, in the order sent."""

    results: list[EventOutcome]


class EventReceipt(BaseModel):
    """Whether the event was new (false: already recorded), and the case's status after it."""

    recorded: bool
    status: ApplicationStatus

    model_config = {"json_schema_extra": {"examples": [{"recorded": True, "status": "in_progress"}]}}


class CaseSlipPublic(BaseModel):
    """A slip transfer issued for this case, with the last thing that happened to it."""

    id: int
    application_id: int
    slip_id: int
    number: str = Field(examples=["FB-2026-000017"])
    kind: SlipKind | None = Field(description="空：事件先于移交记录到达")
    kind_name: str = Field(examples=["分办"])
    receiver_name: str = Field(examples=["黄岛街道民政办"])
    last_event: CaseEventKind
    last_event_name: str = Field(examples=["承办部门已签收"])
    updated_at: datetime

"""Transfer tells intake what happened to a case's slips."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import Field

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Invalid, NotFound, problem_responses
from services.intake.applications.service import get_visible
from services.intake.deps import MAX_ID, DbId
from services.intake.handoff import service
from services.intake.text import Body

router = APIRouter(prefix="/v1/applications", tags=["events"])
Service = Annotated[Principal, Depends(require("service"))]
Kind = Literal[
    "slip_issued",
    "slip_delivered",
    "slip_acknowledged",
    "opinion_given",
    "result_given",
    "feedback_given",
    "slip_returned",
    "grant_recorded",
    "emergency_aid_recorded",
    "paperwork_completed",
    "reminder_sent",
    "supervision_opened",
]


class SlipEvent(Body):
    """One thing that happened to a slip (docs/contracts.md)."""

    event_id: str = Field(min_length=1, max_length=100)
    kind: Kind
    slip_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    slip_number: str | None = Field(default=None, max_length=40)
    at: str | None = None
    actor: str = Field(default="", max_length=100)
    detail: str = Field(default="", max_length=2000)
    all_slips_completed: bool = False


@router.post(
    "/{application_id}/events",
    status_code=202,
    responses=problem_responses(Invalid, NotFound),
    summary="转办服务回传通知单事件（幂等）",
)
def receive_event(application_id: DbId, body: SlipEvent, principal: Service, session: SessionDep) -> dict:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    recorded = service.receive_event(session=session, app=app, principal=principal, event=body.model_dump())
    return {"recorded": recorded, "status": app.status}

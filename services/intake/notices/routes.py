"""Materials, the one-time notice and acceptance."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Invalid, NotFound, ServiceUnavailable, problem_responses
from services.intake.applications import views
from services.intake.applications.service import get_visible
from services.intake.deps import CalendarDep, DbId, EligibilityDep
from services.intake.notices import service
from services.intake.notices.schemas import AcceptRequest, MaterialsReceived

router = APIRouter(prefix="/v1/applications", tags=["notices"])
Window = Annotated[Principal, Depends(require("window_staff"))]
ERRORS = problem_responses(Invalid, NotFound, Conflict, ServiceUnavailable)


@router.post("/{application_id}/materials", responses=ERRORS, summary="登记收取的材料或补正材料")
def materials(
    application_id: DbId,
    body: MaterialsReceived,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.record_materials(
        session=session,
        app=app,
        principal=principal,
        materials=body.materials,
        today=clock.today(),
        received_date=body.received_date,
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post("/{application_id}/notice", status_code=201, responses=ERRORS, summary="出具一次性告知清单")
def notice(
    application_id: DbId, principal: Window, session: SessionDep, eligibility: EligibilityDep, clock: ClockDep
) -> dict:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    row = service.issue_notice(
        session=session, app=app, principal=principal, eligibility=eligibility, today=clock.today()
    )
    return row.model_dump(mode="json")


@router.post("/{application_id}/accept", responses=ERRORS, summary="受理（出具受理回执，移交转办）")
def accept(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    body: AcceptRequest | None = None,
) -> dict:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.accept(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        today=clock.today(),
        accepted_date=body.accepted_date if body else None,
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())

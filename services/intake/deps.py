"""Route dependencies particular to intake: the calendar (from the database) and the other services' clients."""

from typing import Annotated

from fastapi import Depends, Path, Request

from services.common.calendar import WorkingDayCalendar
from services.common.db import SessionDep
from services.intake.deadlines.service import load_calendar

MAX_ID = 2**31 - 1  # database integer keys: a larger id is a 422, never a driver overflow


def _calendar(session: SessionDep) -> WorkingDayCalendar:
    return load_calendar(session=session)


def _eligibility(request: Request):
    return request.app.state.eligibility


def _transfer(request: Request):
    return request.app.state.transfer


CalendarDep = Annotated[WorkingDayCalendar, Depends(_calendar)]
EligibilityDep = Annotated[object, Depends(_eligibility)]
TransferDep = Annotated[object, Depends(_transfer)]
DbId = Annotated[int, Path(ge=1, le=MAX_ID, description="数据库编号")]

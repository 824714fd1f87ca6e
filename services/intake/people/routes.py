"""Public progress, rating and complaint; the rating report, complaint ledger and statistics for staff."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep, get_clock
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Invalid,
    NotFound,
    TooManyRequests,
    problem_responses,
)
from services.common.proxies import caller_address
from services.intake.deps import CalendarDep, DbId
from services.intake.people import service
from services.intake.people.schemas import ComplaintAssign, ComplaintCreate, ComplaintReply, RatingCreate
from services.intake.text import Text

router = APIRouter(tags=["people"])
Staff = Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))]
Supervisor = Annotated[Principal, Depends(require("supervisor", "admin"))]


def _client(request: Request) -> str:
    """Whom to rate-limit: the browser's address as the web front reports it, else the caller's own
    (X-Forwarded-For only from a Yimen service or a trusted proxy)."""
    return caller_address(request)


def _limit_complaints(request: Request) -> None:
    """Anonymous complaints are counted per address (own transaction) and limited like progress queries."""
    service.limit_public_complaints(
        db=request.app.state.db, client=_client(request), now=get_clock(request).now()
    )


@router.get(
    "/v1/public/progress",
    responses=problem_responses(NotFound, TooManyRequests),
    summary="办理进度查询（公众）",
)
def progress(
    request: Request,
    case_number: Annotated[Text, Query(min_length=5, max_length=40)],
    id_last6: str = Query(pattern=r"^[0-9]{5}[0-9Xx]$"),
) -> dict:
    return service.progress(
        db=request.app.state.db, client=_client(request), case_number=case_number, id_last6=id_last6
    )


@router.post(
    "/v1/public/ratings",
    status_code=201,
    responses=problem_responses(NotFound, Conflict, TooManyRequests),
    summary="好差评（公众，每个办结案件一次）",
)
def rate(body: RatingCreate, request: Request) -> dict:
    return service.rate(
        db=request.app.state.db,
        client=_client(request),
        case_number=body.case_number,
        id_last6=body.id_last6,
        level=body.level,
        comment=body.comment,
    )


@router.post(
    "/v1/public/complaints",
    status_code=201,
    responses=problem_responses(Invalid, TooManyRequests),
    summary="找茬投诉（网上）",
    dependencies=[Depends(_limit_complaints)],
)
def complain_online(
    body: ComplaintCreate, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> dict:
    row = service.file_complaint(
        session=session, calendar=calendar, body=body, channel="online", today=clock.today()
    )
    return {"number": row.number, "due_date": row.due_date}


@router.post("/v1/complaints", status_code=201, responses=problem_responses(Invalid), summary="登记窗口投诉")
def complain_at_window(
    body: ComplaintCreate,
    principal: Staff,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
    row = service.file_complaint(
        session=session,
        calendar=calendar,
        body=body,
        channel="window",
        today=clock.today(),
        principal=principal,
    )
    return service.complaint_json(row, clock.today())


@router.get("/v1/complaints", summary="投诉台账")
def complaints(
    principal: Staff, session: SessionDep, clock: ClockDep, status: Text | None = None
) -> list[dict]:
    return service.complaints(session=session, principal=principal, today=clock.today(), status=status)


@router.post(
    "/v1/complaints/{complaint_id}/assign",
    responses=problem_responses(NotFound, Conflict),
    summary="指定承办人",
)
def assign(
    complaint_id: DbId, body: ComplaintAssign, principal: Supervisor, session: SessionDep, clock: ClockDep
) -> dict:
    row = service.get_complaint(session=session, principal=principal, complaint_id=complaint_id)
    return service.complaint_json(
        service.assign_complaint(session=session, row=row, handler=body.handler), clock.today()
    )


@router.post(
    "/v1/complaints/{complaint_id}/reply", responses=problem_responses(NotFound, Conflict), summary="答复投诉"
)
def reply(
    complaint_id: DbId, body: ComplaintReply, principal: Staff, session: SessionDep, clock: ClockDep
) -> dict:
    row = service.get_complaint(session=session, principal=principal, complaint_id=complaint_id)
    return service.complaint_json(
        service.reply_complaint(session=session, row=row, principal=principal, reply=body.reply),
        clock.today(),
    )


@router.get("/v1/ratings/report", summary="好差评统计（按窗口、按工作人员）")
def rating_report(principal: Staff, session: SessionDep) -> dict:
    return service.rating_report(session=session, principal=principal)


@router.get("/v1/statistics", summary="按镇街、事项、月份统计")
def statistics(
    clock: ClockDep,
    principal: Staff,
    session: SessionDep,
    year: int | None = Query(default=None, ge=2000, le=2100),
) -> dict:
    return service.statistics(
        session=session, principal=principal, year=year or clock.today().year, today=clock.today()
    )

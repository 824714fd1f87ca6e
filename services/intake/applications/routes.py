"""Applications API: register, the case, the ledger, status changes, the duplicate-aid check."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    problem_responses,
)
from services.intake.applications import service, views
from services.intake.applications.schemas import (
    ApplicationCreate,
    DuplicateCheck,
    ItemsUpdate,
    LedgerPage,
    NotAccept,
    StatusReason,
)
from services.intake.deps import CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.text import Text

router = APIRouter(prefix="/v1/applications", tags=["applications"])
Window = Annotated[Principal, Depends(require("window_staff"))]
Reader = Annotated[Principal, Depends(require("window_staff", "supervisor", "admin"))]
Supervisor = Annotated[Principal, Depends(require("supervisor", "admin"))]
ERRORS = problem_responses(Invalid, Forbidden, NotFound, Conflict)


@router.post(
    "",
    status_code=201,
    responses=problem_responses(Invalid, Forbidden, Conflict, ServiceUnavailable),
    summary="登记申请（窗口无否决权）",
)
def register(
    body: ApplicationCreate,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> dict:
    return service.register(
        session=session,
        calendar=calendar,
        principal=principal,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=clock.today(),
        idempotency_key=idempotency_key,
    )


@router.post(
    "/duplicate-check", responses=problem_responses(Invalid, ServiceUnavailable), summary="重复救助核查"
)
def duplicate_check(
    body: DuplicateCheck,
    principal: Window,
    session: SessionDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
) -> dict:
    return service.check_duplicates(
        session=session,
        eligibility=eligibility,
        transfer=transfer,
        id_numbers=body.id_numbers,
        item_codes=body.item_codes,
        today=clock.today(),
    )


@router.get(
    "", response_model=LedgerPage, responses=problem_responses(Invalid, Forbidden), summary="案件台账"
)
def ledger(
    principal: Reader,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    region: Text | None = None,
    status: Text | None = None,
    item_code: Text | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    overdue: bool | None = None,
    first_responder: Text | None = None,
    q: Annotated[Text | None, Query(max_length=64)] = None,
    page: int = Query(default=1, ge=1, le=100_000),
    page_size: int = Query(default=20, ge=1, le=200),
) -> LedgerPage:
    return service.ledger(
        session=session,
        calendar=calendar,
        principal=principal,
        today=clock.today(),
        region=region,
        status=status,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        first_responder=first_responder,
        q=q,
        page=page,
        page_size=page_size,
    )


@router.get("/{application_id}", responses=ERRORS, summary="案件详情（含时间线、期限、通知单）")
def get_application(
    application_id: DbId,
    principal: Reader,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
    app = service.get_visible(session=session, principal=principal, application_id=application_id)
    service.log_access(session, app, principal, "read")
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.get("/{application_id}/access-log", responses=ERRORS, summary="个人信息访问记录")
def access_log(application_id: DbId, principal: Supervisor, session: SessionDep) -> list[dict]:
    app = service.get_visible(session=session, principal=principal, application_id=application_id)
    return views.access_log(session=session, app=app)


@router.put("/{application_id}/items", responses=ERRORS, summary="确定申请事项（“不清楚”之后）")
def set_items(
    application_id: DbId,
    body: ItemsUpdate,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> dict:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.set_items(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        item_codes=body.item_codes,
        eligibility=eligibility,
        today=clock.today(),
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post("/{application_id}/withdraw", responses=ERRORS, summary="申请人撤回")
def withdraw(
    application_id: DbId,
    body: StatusReason,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.withdraw(session=session, app=app, principal=principal, reason=body.reason)
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post("/{application_id}/not-accept", responses=ERRORS, summary="不予受理（须写明法定理由）")
def not_accept(
    application_id: DbId,
    body: NotAccept,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> dict:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.not_accept(
        session=session, app=app, principal=principal, reason=body.reason, legal_basis=body.legal_basis
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post("/{application_id}/archive", responses=ERRORS, summary="归档")
def archive(
    application_id: DbId, principal: Window, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> dict:
    app = service.get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.archive(session=session, app=app, principal=principal)
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())

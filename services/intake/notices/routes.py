"""Materials, the one-time notice and acceptance."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    problem_responses,
)
from services.common.vocabulary import Role
from services.intake.applications import views
from services.intake.applications.schemas import ApplicationPublic
from services.intake.applications.service import catalogue, get_visible
from services.intake.deadlines.service import load_calendar
from services.intake.deps import CalendarDep, DbId, EligibilityDep
from services.intake.notices import service
from services.intake.notices.schemas import AcceptRequest, MaterialsReceived, NoticePublic

router = APIRouter(prefix="/v1/applications", tags=["notices"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
WINDOW_ONLY = "调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。"


@router.post(
    "/{application_id}/materials",
    responses={**ERRORS, **problem_responses(ServiceUnavailable)},
    summary="登记收取的材料或补正材料",
    description=f"{WINDOW_ONLY}\n\n出具一次性告知清单前：登记申请人带来的材料。之后：登记一次补正（第N次），"
    "补正中出现告知清单未列的材料即记为告知遗漏（期限自第一次补正起算，不让申请人为遗漏买单）。"
    "返回变更后的完整案件。",
)
def record_materials(
    application_id: DbId,
    body: MaterialsReceived,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    eligibility: EligibilityDep,
) -> ApplicationPublic:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    service.record_materials(
        session=session,
        app=app,
        principal=principal,
        materials=body.materials,
        items=catalogue(eligibility),  # 503 while eligibility is down: a code is never taken unchecked
        today=clock.today(),
        received_date=body.received_date,
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today())


@router.post(
    "/{application_id}/notice",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, ServiceUnavailable),
    summary="出具一次性告知清单",
    description=f"{WINDOW_ONLY}\n\n按申请事项向救助事项目录取得材料清单，一次列明全部尚缺材料，编号出具，出具后不可修改；"
    "案件转为待补正。材料已齐、未定事项、已出具过或已受理时 409；目录不可用时 503。",
)
def issue(
    application_id: DbId, principal: Window, session: SessionDep, eligibility: EligibilityDep, clock: ClockDep
) -> NoticePublic:
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    row = service.issue_notice(
        session=session, app=app, principal=principal, eligibility=eligibility, today=clock.today()
    )
    return NoticePublic.model_validate(row.model_dump())


@router.post(
    "/{application_id}/accept",
    responses=ERRORS | problem_responses(ServiceUnavailable),
    summary="受理（出具受理回执，移交转办）",
    description=f"{WINDOW_ONLY}\n\n材料齐全（按救助事项目录核对，告知清单所列均已补齐）时作出受理决定：编号回执、"
    "计算承诺办结日期，并在同一事务中把案件排入移交转办服务的队列。返回变更后的完整案件（含 `receipt_number`、"
    "`deadline`）。材料不齐为 409 并列出尚缺材料（`missing`），除非给出容缺受理决定 `tolerate_missing`"
    "（理由与恰为尚缺的材料，补齐期限默认受理后5个工作日），决定记入案件时间线与受理回执；目录不可用时 503。",
)
def accept(
    application_id: DbId,
    principal: Window,
    session: SessionDep,
    clock: ClockDep,
    eligibility: EligibilityDep,
    body: AcceptRequest | None = None,
) -> ApplicationPublic:
    # the catalogue is read before this request's transaction opens (no lock held while eligibility answers);
    # the missing materials are then worked out from it, under the lock
    items = service.catalogue_before_lock(eligibility)
    app = get_visible(session=session, principal=principal, application_id=application_id, lock=True)
    calendar = load_calendar(session=session)
    service.accept(
        session=session,
        calendar=calendar,
        app=app,
        principal=principal,
        eligibility=eligibility,
        today=clock.today(),
        accepted_date=body.accepted_date if body else None,
        tolerate=body.tolerate_missing if body else None,
        items_catalogue=items,
        known=(known := {}),
    )
    return views.detail(session=session, calendar=calendar, app=app, today=clock.today(), known=known)

"""Proactive discovery API (主动发现): households, visits (走访) with photos, coverage, not visited, watch list."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Response, UploadFile

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.common.vocabulary import Role
from services.intake import flows
from services.intake.consultations import service as consultations
from services.intake.consultations.schemas import ConsultationPublic
from services.intake.deps import CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.homeservice.schemas import StartedApplication
from services.intake.outreach import service
from services.intake.outreach.schemas import (
    Coverage,
    HouseholdCreate,
    HouseholdPlan,
    HouseholdPublic,
    NotVisited,
    PhotoStored,
    VisitApplication,
    VisitConsultation,
    VisitCreate,
    VisitPublic,
)

router = APIRouter(prefix="/v1/outreach", tags=["outreach"])
Field_ = Annotated[
    Principal,
    Depends(require(Role.AGENT, Role.GRID_WORKER, Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN)),
]
Staff = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
Region = Annotated[str | None, Query(min_length=6, max_length=12, pattern=r"^[0-9]+$")]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)
FIELD = "调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。"
READ_CHUNK = 64 * 1024


@router.post(
    "/households",
    status_code=201,
    response_model=HouseholdPublic,
    responses=ERRORS,
    summary="走访：登记困难家庭（走访对象）",
    description=FIELD + "代办员、网格员登记的家庭归入其所在村居。",
)
def add_household(
    body: HouseholdCreate, principal: Field_, session: SessionDep, clock: ClockDep
) -> HouseholdPublic:
    row = service.add_household(session=session, principal=principal, body=body)
    return service.household_public(row, None, 0)


@router.get(
    "/households",
    response_model=list[HouseholdPublic],
    responses=ERRORS,
    summary="走访：走访对象名单（watch=true 为关注名单）",
    description=FIELD,
)
def list_households(
    principal: Field_,
    session: SessionDep,
    clock: ClockDep,
    region: Region = None,
    watch: bool | None = None,
    q: Annotated[str | None, Query(max_length=64)] = None,
) -> list[HouseholdPublic]:
    return service.list_households(
        session=session, principal=principal, today=clock.today(), region=region, watch=watch, q=q
    )


@router.patch(
    "/households/{household_id}",
    response_model=HouseholdPublic,
    responses=ERRORS,
    summary="走访：调整走访计划或关注名单",
    description="调用方：窗口工作人员、监督人员、管理员（各自区域）。",
)
def update_plan(
    household_id: DbId, body: HouseholdPlan, principal: Staff, session: SessionDep, clock: ClockDep
) -> HouseholdPublic:
    row = service.get_household(session=session, principal=principal, household_id=household_id)
    row = service.update_plan(session=session, row=row, principal=principal, body=body, today=clock.today())
    return service.households_public(session, [row], clock.today())[0]


@router.post(
    "/visits",
    status_code=201,
    response_model=VisitPublic,
    responses=ERRORS,
    summary="走访：记录一次入户走访（情况、风险等级）",
    description=FIELD + "风险等级为“紧急”的家庭自动列入关注名单。照片另行上传到该走访记录。",
)
def record_visit(body: VisitCreate, principal: Field_, session: SessionDep, clock: ClockDep) -> VisitPublic:
    visit = service.record_visit(session=session, principal=principal, body=body, today=clock.today())
    _, household = service.get_visit(session=session, principal=principal, visit_id=visit.id)
    return service.visit_public(session, visit, household)


@router.get(
    "/visits",
    response_model=list[VisitPublic],
    responses=ERRORS,
    summary="走访：民情走访日志",
    description=FIELD,
)
def list_visits(
    principal: Field_,
    session: SessionDep,
    household_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    region: Region = None,
) -> list[VisitPublic]:
    return service.list_visits(
        session=session,
        principal=principal,
        household_id=household_id,
        date_from=date_from,
        date_to=date_to,
        region=region,
    )


@router.post(
    "/visits/{visit_id}/photos",
    status_code=201,
    response_model=PhotoStored,
    responses=ERRORS,
    summary="走访：上传走访照片（JPEG/PNG，5 MB 以内）",
    description=FIELD + "按文件内容识别类型，声明类型不符或超过大小均 422。",
)
async def upload_photo(
    visit_id: DbId, principal: Field_, session: SessionDep, photo: Annotated[UploadFile, File()]
) -> PhotoStored:
    # read at most one chunk past the limit: a huge upload is refused without holding it all
    data = bytearray()
    while chunk := await photo.read(READ_CHUNK):
        data += chunk
        if len(data) > service.MAX_PHOTO_BYTES:
            break
    visit, _ = service.get_visit(session=session, principal=principal, visit_id=visit_id)
    stored = service.add_photo(
        session=session, principal=principal, visit=visit, data=bytes(data), declared=photo.content_type or ""
    )
    return service.photo_stored(stored)


@router.get(
    "/photos/{photo_id}",
    response_class=Response,
    responses={
        200: {"content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}}},
        **ERRORS,
    },
    summary="走访：查看走访照片",
    description=FIELD,
)
def get_photo(photo_id: DbId, principal: Field_, session: SessionDep) -> Response:
    photo = service.get_photo(session=session, principal=principal, photo_id=photo_id)
    return Response(
        photo.content, media_type=photo.content_type, headers={"Cache-Control": "private, no-store"}
    )


@router.post(
    "/visits/{visit_id}/application",
    status_code=201,
    response_model=StartedApplication,
    responses=ERRORS,
    summary="走访：由走访发起代为申请（家庭资料带入登记）",
    description="调用方：代办员（须填授权委托书，渠道“代办员代为申请”）、网格员和窗口工作人员（渠道“村居代为提交”）。",
)
def application_from_visit(
    visit_id: DbId,
    body: VisitApplication,
    principal: Annotated[Principal, Depends(require(Role.AGENT, Role.GRID_WORKER, Role.WINDOW_STAFF))],
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
) -> StartedApplication:
    visit, household = service.get_visit(session=session, principal=principal, visit_id=visit_id)
    return flows.application_from_visit(
        session=session,
        calendar=calendar,
        principal=principal,
        visit=visit,
        household=household,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        today=clock.today(),
    )


@router.post(
    "/visits/{visit_id}/consultation",
    status_code=201,
    response_model=ConsultationPublic,
    responses=ERRORS,
    summary="走访：把走访发现的咨询登记入来访登记台账",
    description="调用方：窗口工作人员（本街道的走访对象；登录账号即首问责任人）。来访人、联系方式、身份证号"
    "从走访对象带入，咨询事项默认为走访所见困难情况，方式为“走访发现”；每次走访登记一次（再次登记 409）。",
)
def consultation_from_visit(
    visit_id: DbId,
    body: VisitConsultation,
    principal: Annotated[Principal, Depends(require(Role.WINDOW_STAFF))],
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> ConsultationPublic:
    visit, household = service.get_visit(session=session, principal=principal, visit_id=visit_id)
    row = flows.consultation_from_visit(
        session=session,
        calendar=calendar,
        principal=principal,
        visit=visit,
        household=household,
        body=body,
        eligibility=eligibility,
        now=clock.now(),
    )
    return consultations.public(row, clock.today())


@router.get(
    "/coverage",
    response_model=Coverage,
    responses=ERRORS,
    summary="走访：走访覆盖率（按计划每周走访次数，如每周不少于3次）",
    description="调用方：窗口工作人员、监督人员、管理员（各自区域）。week_of 为该周任一天，默认本周。",
)
def coverage(
    principal: Staff, session: SessionDep, clock: ClockDep, week_of: date | None = None, region: Region = None
) -> Coverage:
    return service.coverage(session=session, principal=principal, day=week_of or clock.today(), region=region)


@router.get(
    "/not-visited",
    response_model=list[NotVisited],
    responses=ERRORS,
    summary="走访：久未走访的家庭（有计划或在关注名单）",
    description="调用方：窗口工作人员、监督人员、管理员（各自区域）。days 为多少天未走访（默认7天）。",
)
def not_visited(
    principal: Staff,
    session: SessionDep,
    clock: ClockDep,
    days: Annotated[int, Query(ge=1, le=365)] = 7,
    region: Region = None,
) -> list[NotVisited]:
    return service.not_visited(
        session=session, principal=principal, today=clock.today(), days=days, region=region
    )

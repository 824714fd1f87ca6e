"""Online self-application API (网上申请): the resident's code and submission, the street's queue and confirmation."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    problem_responses,
)
from services.common.proxies import caller_address
from services.common.vocabulary import OnlineApplicationStatus, Role
from services.intake.applications.schemas import RegistrationPublic
from services.intake.deps import CalendarDep, DbId, EligibilityDep, TransferDep
from services.intake.online import service
from services.intake.online.schemas import (
    CodeRequest,
    CodeSent,
    OnlineApplicationCreate,
    OnlineClose,
    OnlineConfirm,
    OnlinePublic,
    OnlineReceipt,
    OnlineRow,
)

public_router = APIRouter(prefix="/v1/public/online-applications", tags=["public"])
router = APIRouter(prefix="/v1/online-applications", tags=["online-applications"])
Window = Annotated[Principal, Depends(require(Role.WINDOW_STAFF))]
Reader = Annotated[Principal, Depends(require(Role.WINDOW_STAFF, Role.SUPERVISOR, Role.ADMIN))]
PUBLIC = "调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。"
READERS = "调用方：窗口工作人员、监督人员、管理员，仅限各自区域。"


def _secret(request: Request) -> str:
    return request.app.state.settings.platform.auth_secret


@public_router.post(
    "/verification-codes",
    status_code=202,
    responses=problem_responses(Invalid, TooManyRequests, ServiceUnavailable),
    summary="网上申请：获取手机验证码",
    description=f"{PUBLIC}\n\n向申请人本人手机发送6位验证码，5分钟内有效，只保存其哈希；同一手机60秒内只发一次、"
    "每小时最多5次，同一地址每小时最多10次（429，带 Retry-After）；新码发出后旧码作废。",
)
def send_code(body: CodeRequest, request: Request, session: SessionDep, clock: ClockDep) -> CodeSent:
    return service.send_code(
        session=session,
        gateway=request.app.state.sms,
        secret=_secret(request),
        client=caller_address(request),
        phone=body.phone,
        id_number=body.id_number,
        now=clock.now(),
    )


@public_router.post(
    "",
    status_code=201,
    responses=problem_responses(Invalid, ServiceUnavailable),
    summary="网上申请：提交申请（公众）",
    description=f"{PUBLIC}\n\n身份证号加手机验证码核验本人身份后，申请进入所选镇街的网上申请队列，由窗口确认登记；"
    "验证码错误计次（每码最多5次），过期或用尽须重新获取（422，`field` 为 `verification_code`）。",
)
def submit(
    body: OnlineApplicationCreate,
    request: Request,
    session: SessionDep,
    eligibility: EligibilityDep,
    clock: ClockDep,
) -> OnlineReceipt:
    return service.submit(
        session=session,
        db=request.app.state.db,
        secret=_secret(request),
        eligibility=eligibility,
        body=body,
        now=clock.now(),
    )


@router.get(
    "",
    responses=problem_responses(Unauthorized, Forbidden, Invalid),
    summary="网上申请队列",
    description=f"{READERS}\n\n先到先办；身份证号和手机号脱敏；一次性告知期限从网上提交日起算5个工作日，逾期标出。",
)
def online_queue(
    principal: Reader,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
    status: OnlineApplicationStatus | None = None,
) -> list[OnlineRow]:
    return service.queue(
        session=session, calendar=calendar, principal=principal, today=clock.today(), status=status
    )


@router.get(
    "/{online_id}",
    responses=problem_responses(Unauthorized, Forbidden, NotFound),
    summary="网上申请详情",
    description=READERS,
)
def detail(
    online_id: DbId, principal: Reader, session: SessionDep, calendar: CalendarDep, clock: ClockDep
) -> OnlinePublic:
    row = service.get(session=session, principal=principal, online_id=online_id)
    return service.public(row, calendar, clock.today())


@router.post(
    "/{online_id}/confirm",
    status_code=201,
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid, ServiceUnavailable),
    summary="确认网上申请（登记为案件）",
    description="调用方：窗口工作人员（本区域）。把网上申请登记为案件（渠道 online，首问责任人为确认人，"
    "收到申请日期为网上提交日），此后一次性告知、受理与办理时限与窗口申请相同；重复救助核查同窗口登记（409 时填写理由）；"
    "确认后以短信告知申请人案件编号（短信失败不影响登记）。",
)
def confirm(
    online_id: DbId,
    body: OnlineConfirm,
    request: Request,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    eligibility: EligibilityDep,
    transfer: TransferDep,
    clock: ClockDep,
) -> RegistrationPublic:
    row = service.get(session=session, principal=principal, online_id=online_id)
    return service.confirm(
        session=session,
        calendar=calendar,
        principal=principal,
        row=row,
        body=body,
        eligibility=eligibility,
        transfer=transfer,
        now=clock.now(),
        gateway=request.app.state.sms,
    )


@router.post(
    "/{online_id}/close",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid),
    summary="关闭网上申请（重复提交等）",
    description="调用方：窗口工作人员（本区域）。不登记而关闭（须写明理由，如重复提交）；已确认或已关闭 409。",
)
def close(
    online_id: DbId,
    body: OnlineClose,
    principal: Window,
    session: SessionDep,
    calendar: CalendarDep,
    clock: ClockDep,
) -> OnlinePublic:
    row = service.get(session=session, principal=principal, online_id=online_id)
    row = service.close(session=session, principal=principal, row=row, reason=body.reason, now=clock.now())
    return service.public(row, calendar, clock.today())

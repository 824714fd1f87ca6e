"""公示 API: the public list and objections (no token, rate-limited); staff list and answer objections."""

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.common.auth import Principal, require
from services.common.clock import ClockDep, get_clock
from services.common.db import SessionDep
from services.common.errors import (
    Forbidden,
    Invalid,
    NotFound,
    TooManyRequests,
    Unauthorized,
    problem_responses,
)
from services.common.proxies import caller_address
from services.common.ratelimit import SlidingWindowLimit
from services.common.vocabulary import Role
from services.transfer.deps import DbId
from services.transfer.disclosures import service
from services.transfer.disclosures.schemas import (
    DisclosureList,
    DisclosureObjectionPublic,
    ObjectionCreate,
    ObjectionReceipt,
    ObjectionReply,
)

READS = SlidingWindowLimit(120, timedelta(minutes=1))
OBJECTIONS = SlidingWindowLimit(5, timedelta(hours=1))  # a person lodges a few, a flood is refused


def _limit_reads(request: Request) -> None:
    READS.hit(caller_address(request), get_clock(request).now())


def _limit_objections(request: Request) -> None:
    OBJECTIONS.hit(caller_address(request), get_clock(request).now())


public_router = APIRouter(prefix="/v1/public", tags=["public"])
router = APIRouter(prefix="/v1/disclosures", tags=["disclosures"])
Staff = Annotated[Principal, Depends(require(Role.DEPARTMENT_STAFF, Role.SUPERVISOR, Role.ADMIN))]
PUBLIC = "调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。"


@public_router.get(
    "/disclosures",
    dependencies=[Depends(_limit_reads)],
    responses=problem_responses(Invalid, TooManyRequests),
    summary="救助公示（公众）",
    description=f"{PUBLIC}每个地址每分钟最多120次（429）。\n\n"
    "列出公示期（设置 disclosure_months，默认近 3 个月）内已批准的救助：事项、街道、村（社区）、月份、金额（元）、"
    "脱敏姓名；answers 为公示期内已答复的异议及答复（身份证号、电话、邮箱、受助人姓名已脱敏）。",
)
def disclosures(
    request: Request,
    session: SessionDep,
    clock: ClockDep,
    street: Annotated[str | None, Query(pattern=r"^\d{9}$")] = None,
    community: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    item_code: Annotated[str | None, Query(max_length=64)] = None,
    limit: int = Query(default=200, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> DisclosureList:
    months = request.app.state.settings.disclosure_months
    return service.disclosures(
        session=session,
        today=clock.today(),
        months=months,
        street=street,
        community=community,
        item_code=item_code,
        limit=limit,
        offset=offset,
    )


@public_router.post(
    "/disclosures/objections",
    status_code=201,
    dependencies=[Depends(_limit_objections)],
    responses=problem_responses(Invalid, NotFound, TooManyRequests),
    summary="对公示提出异议（公众）",
    description=f"{PUBLIC}每个地址每小时最多 5 件（429）。\n\n指明公示条目（grant_id）或街道，写明异议和联系方式；"
    "返回异议编号，工作人员核实后答复。",
)
def lodge(body: ObjectionCreate, session: SessionDep, clock: ClockDep) -> ObjectionReceipt:
    return service.lodge_objection(session=session, body=body, now=clock.now())


@router.get(
    "/objections",
    responses=problem_responses(Unauthorized, Forbidden),
    summary="公示异议列表",
    description="调用方：部门经办人、监督人员、管理员，仅限本人区域的街道。未答复的在前。",
)
def objections(
    principal: Staff, session: SessionDep, open_only: bool = False
) -> list[DisclosureObjectionPublic]:
    return service.list_objections(session=session, principal=principal, open_only=open_only)


@router.post(
    "/objections/{number}/reply",
    responses=problem_responses(Unauthorized, Forbidden, NotFound, Invalid),
    summary="答复公示异议",
    description="调用方：部门经办人、监督人员、管理员，仅限本人区域的街道；再次答复即更正。",
)
def reply(
    number: DbId, body: ObjectionReply, principal: Staff, session: SessionDep, clock: ClockDep
) -> DisclosureObjectionPublic:
    return service.reply(session=session, principal=principal, number=number, body=body, now=clock.now())

"""The public service guide's data (办事指南): active items without internal fields, no token, rate-limited."""

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, Field

from services.common.clock import ClockDep, get_clock
from services.common.db import SessionDep
from services.common.errors import NotFound, TooManyRequests, problem_responses
from services.common.proxies import caller_address
from services.common.ratelimit import SlidingWindowLimit
from services.common.vocabulary import CaseType, DepartmentType, HandlingLevel
from services.eligibility.catalogue import service
from services.eligibility.catalogue.schemas import CODE_PATTERN, AcceptanceWindow, ItemPublic

PER_ADDRESS = SlidingWindowLimit(120, timedelta(minutes=1))


def _limit(request: Request) -> None:
    PER_ADDRESS.hit(caller_address(request), get_clock(request).now())


public_router = APIRouter(prefix="/v1/public", tags=["public"], dependencies=[Depends(_limit)])
PUBLIC = (
    "调用方：公众，无需令牌；每个地址每分钟最多120次（429，带 Retry-After）。线上线下办事指南取自同一目录。"
)


class GuideMaterial(BaseModel):
    """A material as the guide shows it; `shared_data` ones are obtained by data sharing (减证便民)."""

    code: str
    name: str
    copies: int
    original: bool
    shared_data: bool
    note: str = ""


class GuideItem(BaseModel):
    """An assistance item as the public guide shows it: what, who may apply, materials, where, how long."""

    code: str = Field(examples=["temporary_assistance"])
    name: str = Field(examples=["临时救助"])
    category: str
    owner_department_type: DepartmentType
    owner_department_name: str = Field(examples=["民政"])
    legal_basis: str
    acceptance_conditions: str = Field(description="谁可以申请")
    case_type: CaseType
    case_type_name: str = Field(examples=["承诺件"])
    time_limit_days: int = Field(description="承诺办结时限（工作日）")
    handling_level: HandlingLevel
    handling_level_name: str = Field(examples=["镇街办理"])
    acceptance_window: AcceptanceWindow | None
    next_acceptance_date: date | None
    materials: list[GuideMaterial]


def guide_item(item: ItemPublic) -> GuideItem:
    """The public part of a catalogue item."""
    return GuideItem(
        **item.model_dump(include=set(GuideItem.model_fields) - {"materials"}),
        owner_department_name=DepartmentType.label_of(item.owner_department_type),
        case_type_name=CaseType.label_of(item.case_type),
        handling_level_name=HandlingLevel.label_of(item.handling_level),
        materials=[GuideMaterial(**m.model_dump()) for m in item.materials],
    )


@public_router.get(
    "/items",
    responses=problem_responses(TooManyRequests),
    summary="办事指南：救助事项目录（公众）",
    description=PUBLIC,
)
def public_items(session: SessionDep, clock: ClockDep) -> list[GuideItem]:
    items = service.list_items(session=session, district=service.DEFAULT_DISTRICT, today=clock.today())
    return [guide_item(i) for i in items]


@public_router.get(
    "/items/{code}",
    responses=problem_responses(NotFound, TooManyRequests),
    summary="办事指南：救助事项详情（公众）",
    description=PUBLIC,
)
def public_item(
    code: Annotated[str, Path(pattern=CODE_PATTERN)], session: SessionDep, clock: ClockDep
) -> GuideItem:
    item = service.get_item(
        session=session, code=code, district=service.DEFAULT_DISTRICT, today=clock.today()
    )
    if not item.active:
        raise NotFound(f"救助事项 {code} 不存在", field="code")
    return guide_item(item)

"""Catalogue endpoints: read items (everyone signed in), edit items and materials (admin, versioned)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.common.auth import Principal, require
from services.common.clock import ClockDep
from services.common.db import SessionDep
from services.common.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.eligibility.catalogue import service
from services.eligibility.catalogue.schemas import (
    ChangePublic,
    HandlingLevelWrite,
    ItemCreate,
    ItemMaterialsWrite,
    ItemPublic,
    ItemWrite,
    MaterialCreate,
    MaterialPublic,
    MaterialWrite,
)

router = APIRouter(tags=["catalogue"])
Reader = Annotated[
    Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin", "partner"))
]
Admin = Annotated[Principal, Depends(require("admin"))]
READ_ERRORS = problem_responses(Unauthorized, Forbidden, NotFound)
WRITE_ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Conflict, Invalid)


def _district(principal: Principal, district: str | None) -> str:
    if district:
        if len(district) != 6 or not district.isdigit():
            raise Invalid("district 须为 6 位区县代码", field="district")
        return district
    return principal.region[:6] if len(principal.region) >= 6 else service.DEFAULT_DISTRICT


@router.get("/v1/items", response_model=list[ItemPublic], responses=READ_ERRORS, summary="救助事项目录")
def list_items(
    clock: ClockDep,
    principal: Reader,
    session: SessionDep,
    district: str | None = None,
    include_inactive: bool = False,
) -> list[ItemPublic]:
    """Every item with its materials; `handling_level` is the configuration of `district` (default: the caller's)."""
    return service.list_items(
        session=session,
        district=_district(principal, district),
        today=clock.today(),
        include_inactive=include_inactive,
    )


@router.get("/v1/items/{code}", response_model=ItemPublic, responses=READ_ERRORS, summary="救助事项详情")
def get_item(
    code: str, principal: Reader, session: SessionDep, clock: ClockDep, district: str | None = None
) -> ItemPublic:
    return service.get_item(
        session=session, code=code, district=_district(principal, district), today=clock.today()
    )


@router.get(
    "/v1/items/{code}/history",
    response_model=list[ChangePublic],
    responses=READ_ERRORS,
    summary="救助事项修改历史",
)
def item_history(code: str, principal: Reader, session: SessionDep) -> list[ChangePublic]:
    service.find_item(session=session, code=code, field="code")
    return [
        ChangePublic.model_validate(c, from_attributes=True)
        for c in service.history(
            session=session,
            entity_key=code,
            entity_types=("item", "item_materials", "handling_level", "rule_set"),
        )
    ]


@router.post(
    "/v1/items", response_model=ItemPublic, status_code=201, responses=WRITE_ERRORS, summary="新增救助事项"
)
def create_item(body: ItemCreate, principal: Admin, session: SessionDep, clock: ClockDep) -> ItemPublic:
    item = service.create_item(session=session, body=body, actor=principal.subject)
    return service.to_public(
        session=session, item=item, district=_district(principal, None), today=clock.today()
    )


@router.put(
    "/v1/items/{code}", response_model=ItemPublic, responses=WRITE_ERRORS, summary="修改救助事项（新版本）"
)
def update_item(
    code: str, body: ItemWrite, principal: Admin, session: SessionDep, clock: ClockDep
) -> ItemPublic:
    item = service.update_item(session=session, code=code, body=body, actor=principal.subject)
    return service.to_public(
        session=session, item=item, district=_district(principal, None), today=clock.today()
    )


@router.put(
    "/v1/items/{code}/materials",
    response_model=ItemPublic,
    responses=WRITE_ERRORS,
    summary="设置事项所需材料（新版本）",
)
def set_item_materials(
    code: str,
    body: ItemMaterialsWrite,
    principal: Admin,
    session: SessionDep,
    clock: ClockDep,
) -> ItemPublic:
    item = service.set_item_materials(session=session, code=code, body=body, actor=principal.subject)
    return service.to_public(
        session=session, item=item, district=_district(principal, None), today=clock.today()
    )


@router.put(
    "/v1/items/{code}/handling-levels/{district}",
    response_model=ItemPublic,
    responses=WRITE_ERRORS,
    summary="设置某区县的办理层级（镇街或区级）",
)
def set_handling_level(
    code: str,
    district: str,
    body: HandlingLevelWrite,
    principal: Admin,
    session: SessionDep,
    clock: ClockDep,
) -> ItemPublic:
    item = service.set_handling_level(
        session=session, code=code, district=district, body=body, actor=principal.subject
    )
    return service.to_public(session=session, item=item, district=district, today=clock.today())


@router.get("/v1/materials", response_model=list[MaterialPublic], responses=READ_ERRORS, summary="材料目录")
def list_materials(principal: Reader, session: SessionDep) -> list[MaterialPublic]:
    return [
        MaterialPublic.model_validate(m, from_attributes=True)
        for m in service.list_materials(session=session)
    ]


@router.post(
    "/v1/materials",
    response_model=MaterialPublic,
    status_code=201,
    responses=WRITE_ERRORS,
    summary="新增材料",
)
def create_material(body: MaterialCreate, principal: Admin, session: SessionDep) -> MaterialPublic:
    material = service.create_material(session=session, body=body, actor=principal.subject)
    return MaterialPublic.model_validate(material, from_attributes=True)


@router.put("/v1/materials/{code}", response_model=MaterialPublic, responses=WRITE_ERRORS, summary="修改材料")
def update_material(code: str, body: MaterialWrite, principal: Admin, session: SessionDep) -> MaterialPublic:
    material = service.update_material(session=session, code=code, body=body, actor=principal.subject)
    return MaterialPublic.model_validate(material, from_attributes=True)


@router.get(
    "/v1/changes", response_model=list[ChangePublic], responses=READ_ERRORS, summary="目录与规则修改日志"
)
def list_changes(
    principal: Reader, session: SessionDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[ChangePublic]:
    return [
        ChangePublic.model_validate(c, from_attributes=True)
        for c in service.history(session=session, limit=limit)
    ]

"""Catalogue endpoints: read items (everyone signed in), edit items and materials (admin, versioned)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response

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


NOT_MODIFIED = {
    304: {"description": "目录未修改：请求的 If-None-Match 与当前 ETag 相同，沿用已有的目录（无正文）"}
}


@router.get(
    "/v1/items",
    response_model=list[ItemPublic],
    responses=NOT_MODIFIED | READ_ERRORS,
    summary="救助事项目录",
)
def list_items(
    clock: ClockDep,
    principal: Reader,
    session: SessionDep,
    district: str | None = None,
    include_inactive: bool = False,
    if_none_match: Annotated[
        str | None, Header(description="上次应答的 ETag：目录未修改时应答 304，无正文")
    ] = None,
) -> Response:
    """工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。全部事项及所需材料；`handling_level` 为 `district`（缺省为调用者所在区县）的配置，`next_acceptance_date` 为下一个可受理日。应答带 `ETag`；带 `If-None-Match` 再取时，目录未修改则 304。"""
    where, today = _district(principal, district), clock.today()
    key = service.cache.listing_key(
        session=session, district=where, today=today, include_inactive=include_inactive
    )
    etag = service.cache.etag_for(key)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if if_none_match and etag in (t.strip() for t in if_none_match.split(",")):
        return Response(status_code=304, headers=headers)  # one statement: the list is not even looked up
    listing = service.listing(
        session=session, district=where, today=today, include_inactive=include_inactive, key=key
    )
    return Response(listing.body, media_type="application/json", headers=headers)


@router.get("/v1/items/{code}", response_model=ItemPublic, responses=READ_ERRORS, summary="救助事项详情")
def get_item(
    code: str, principal: Reader, session: SessionDep, clock: ClockDep, district: str | None = None
) -> ItemPublic:
    """工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。一个事项：牵头部门、办件类型、法定时限（无则 20 个工作日）、受理日、互斥事项、所需材料。"""
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
    """工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。事项、材料、办理层级与规则的每次修改：谁、何时、改前改后。"""
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
    """系统管理员。新增事项（第 1 版）；编号已存在为 409，互斥事项须已存在。修改留痕。"""
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
    """系统管理员。整体替换事项的属性，存为新版本（材料另行设置）；旧版本留在历史中。"""
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
    """系统管理员。整体替换事项所需材料清单，存为新版本；材料须已在材料目录中。"""
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
    """系统管理员。设置事项在某区县由镇街还是区级办理；分流（`POST /v1/routes`）据此决定通知单类型。"""
    item = service.set_handling_level(
        session=session, code=code, district=district, body=body, actor=principal.subject
    )
    return service.to_public(session=session, item=item, district=district, today=clock.today())


@router.get("/v1/materials", response_model=list[MaterialPublic], responses=READ_ERRORS, summary="材料目录")
def list_materials(principal: Reader, session: SessionDep) -> list[MaterialPublic]:
    """工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。材料目录；`shared_data` 为数据共享获取、不向申请人索要的材料。"""
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
    """系统管理员。新增材料；编号已存在为 409。"""
    material = service.create_material(session=session, body=body, actor=principal.subject)
    return MaterialPublic.model_validate(material, from_attributes=True)


@router.put("/v1/materials/{code}", response_model=MaterialPublic, responses=WRITE_ERRORS, summary="修改材料")
def update_material(code: str, body: MaterialWrite, principal: Admin, session: SessionDep) -> MaterialPublic:
    """系统管理员。修改材料的名称、说明与是否数据共享获取。"""
    material = service.update_material(session=session, code=code, body=body, actor=principal.subject)
    return MaterialPublic.model_validate(material, from_attributes=True)


@router.get(
    "/v1/changes", response_model=list[ChangePublic], responses=READ_ERRORS, summary="目录与规则修改日志"
)
def list_changes(
    principal: Reader, session: SessionDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[ChangePublic]:
    """工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。目录、材料、规则与参数的修改日志，新的在前。"""
    return [
        ChangePublic.model_validate(c, from_attributes=True)
        for c in service.history(session=session, limit=limit)
    ]

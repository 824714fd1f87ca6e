"""Checklist, routing and suggestion endpoints, and the admin API for suggestion rules."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.eligibility.guidance import service
from services.eligibility.guidance.schemas import (
    ChecklistRequest,
    ChecklistResponse,
    RouteDecision,
    RouteRequest,
    SuggestionRequest,
    SuggestionResponse,
    SuggestionRulePublic,
    SuggestionRuleWrite,
)

router = APIRouter(tags=["guidance"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, Invalid)


@router.post(
    "/v1/materials/checklist",
    response_model=ChecklistResponse,
    responses=ERRORS,
    summary="一次性告知：尚缺材料清单（跨事项去重）",
)
def checklist(body: ChecklistRequest, principal: Staff, session: SessionDep) -> ChecklistResponse:
    """工作人员（窗口、部门、监督、管理员）。一次性告知：所申请各事项还缺的材料合并去重，每项说明为哪个事项所需；数据共享获取的材料单列、不向申请人索要。"""
    return service.checklist(session=session, body=body)


@router.post(
    "/v1/routes", response_model=RouteDecision, responses=ERRORS, summary="分类处置：通知单类型与接收部门"
)
def route(body: RouteRequest, principal: Staff, session: SessionDep) -> RouteDecision:
    """工作人员（窗口、部门、监督、管理员）。分类处置：按事项的办理层级、窗口层级和申请人户籍地，给出通知单类型（分办/转送/转交/转办/转介）、接收部门类型与区域及理由。"""
    return service.route(session=session, body=body)


@router.post(
    "/v1/suggestions",
    response_model=SuggestionResponse,
    responses=ERRORS,
    summary="“不知道申请什么”：建议事项",
)
def suggest(body: SuggestionRequest, principal: Staff, session: SessionDep) -> SuggestionResponse:
    """工作人员（窗口、部门、监督、管理员）。申请人说不清申请什么时，按困难描述中的关键词和已知事实建议事项，每项附理由。"""
    return service.suggest(session=session, body=body)


@router.get(
    "/v1/suggestion-rules", response_model=list[SuggestionRulePublic], responses=ERRORS, summary="建议规则"
)
def list_suggestion_rules(principal: Staff, session: SessionDep) -> list[SuggestionRulePublic]:
    """工作人员（窗口、部门、监督、管理员）。建议规则（关键词、事实条件、理由、优先级）。"""
    return [
        SuggestionRulePublic.model_validate(r, from_attributes=True)
        for r in service.list_suggestion_rules(session=session)
    ]


@router.post(
    "/v1/suggestion-rules",
    response_model=SuggestionRulePublic,
    status_code=201,
    responses=ERRORS,
    summary="新增建议规则",
)
def create_suggestion_rule(
    body: SuggestionRuleWrite, principal: Admin, session: SessionDep
) -> SuggestionRulePublic:
    """系统管理员。新增建议规则；事实条件用规则语言书写，未知的键为 422。修改留痕。"""
    rule = service.save_suggestion_rule(session=session, body=body, actor=principal.subject)
    return SuggestionRulePublic.model_validate(rule, from_attributes=True)


@router.put(
    "/v1/suggestion-rules/{rule_id}",
    response_model=SuggestionRulePublic,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, NotFound),
    summary="修改建议规则",
)
def update_suggestion_rule(
    rule_id: int, body: SuggestionRuleWrite, principal: Admin, session: SessionDep
) -> SuggestionRulePublic:
    """系统管理员。修改建议规则，存为新版本。"""
    rule = service.save_suggestion_rule(session=session, body=body, actor=principal.subject, rule_id=rule_id)
    return SuggestionRulePublic.model_validate(rule, from_attributes=True)
